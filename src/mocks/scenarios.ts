import { matchRequestUrl, type PathParams } from 'msw';
import { IMAGE_COST_XTOKENS, MOCK_API_KEY, isApiKeyRevoked, mockDb, recordBilling, revokeApiKey } from './db';
import { SCENARIOS, SCENARIO_IDS, findScenario, type Scenario, type ScenarioId, type ScenarioMatch } from './scenarioList';

export { SCENARIOS, SCENARIO_IDS, findScenario };
export type { Scenario, ScenarioId, ScenarioMatch };

export interface ForceScenarioOptions {
  /**
   * How many matching requests get the error (default the scenario's `times`, else 1;
   * `Infinity` until `clearScenarios()`). Ignored by persistent scenarios.
   */
  times?: number;
}

/** A scenario in effect: a pending one-shot, or a persistent state of the mock. */
export type ActiveScenario =
  | { id: ScenarioId; persistent: false; remaining: number }
  | { id: ScenarioId; persistent: true };

// Pending one-shots in the order they were forced; the first matching one answers.
const pending = new Map<ScenarioId, number>();

/**
 * Primes the mock with a scenario. A one-shot scenario answers the next `times`
 * requests that fit its `match` (before the normal handling, so it works with the same
 * handlers in the browser, Node and Storybook); forcing it again resets its count.
 * A persistent one changes the mock's state at once: `account_blocked` blocks the
 * account, `unauthorized` revokes `MOCK_API_KEY`, `payment_required` spends the balance.
 *
 * @throws TypeError for an unknown id, RangeError for a `times` that is not a positive integer or Infinity.
 * @example
 * forceScenario('conflict');                     // the next DELETE /v1/end-users/:email → 409
 * forceScenario('provider_error', { times: 1 }); // one failure; the automatic retry succeeds
 */
export function forceScenario(id: ScenarioId, options: ForceScenarioOptions = {}): void {
  const scenario = findScenario(id);
  if (!scenario) throw new TypeError(`Unknown mock scenario "${String(id)}"; expected one of ${SCENARIO_IDS.join(', ')}`);
  if (scenario.persistent) {
    applyPersistent(scenario.id);
    return;
  }
  const times = options.times ?? scenario.times ?? 1;
  if (!(times === Number.POSITIVE_INFINITY || (Number.isInteger(times) && times > 0))) {
    throw new RangeError(`forceScenario: times must be a positive integer or Infinity, got ${times}`);
  }
  pending.delete(id); // re-forcing moves it to the end of the queue
  pending.set(id, times);
}

function applyPersistent(id: ScenarioId): void {
  if (id === 'account_blocked') mockDb.blocked = true;
  if (id === 'unauthorized') revokeApiKey(MOCK_API_KEY);
  if (id === 'payment_required' && mockDb.xTokens > 0) recordBilling('charge', -mockDb.xTokens, 'Usage');
}

/** Drops every pending one-shot. Persistent state stays: `resetMockDb()` undoes it. */
export function clearScenarios(): void {
  pending.clear();
}

/** Pending one-shots (with what is left) and the persistent states now in effect. */
export function activeScenarios(): ActiveScenario[] {
  const active: ActiveScenario[] = [...pending].map(([id, remaining]) => ({ id, persistent: false, remaining }));
  if (isApiKeyRevoked(MOCK_API_KEY)) active.push({ id: 'unauthorized', persistent: true });
  if (mockDb.blocked) active.push({ id: 'account_blocked', persistent: true });
  if (mockDb.xTokens < IMAGE_COST_XTOKENS) active.push({ id: 'payment_required', persistent: true });
  return active;
}

/**
 * Forces the scenarios named in a query string: `?scenario=conflict`, several with
 * `?scenario=a&scenario=b` or `?scenario=a,b`, and an optional `&times=N`. Unknown ids
 * are ignored. Returns the scenarios primed, so the demo can navigate to their `path`.
 *
 * @example
 * primeFromUrl(window.location.search);
 */
export function primeFromUrl(search: string): Scenario[] {
  const params = new URLSearchParams(search);
  const timesParam = params.get('times');
  const times = timesParam === null ? undefined : Number(timesParam);
  const primed: Scenario[] = [];
  for (const id of params.getAll('scenario').flatMap((value) => value.split(','))) {
    const scenario = findScenario(id.trim());
    if (!scenario) continue;
    const validTimes = times !== undefined && Number.isInteger(times) && times > 0 ? times : undefined;
    forceScenario(scenario.id, validTimes === undefined ? {} : { times: validTimes });
    primed.push(scenario);
  }
  return primed;
}

/** The first pending scenario whose `match` fits `method` and `url`, not yet counted as used. */
function firstForced(method: string, url: URL): { scenario: Scenario; params: PathParams } | undefined {
  for (const id of pending.keys()) {
    const scenario = findScenario(id);
    if (!scenario) continue;
    const { method: wanted, pathPattern } = scenario.match;
    if (wanted !== 'ALL' && wanted !== method.toUpperCase()) continue;
    const result = matchRequestUrl(url, `*${pathPattern}`);
    if (result.matches) return { scenario, params: result.params ?? {} };
  }
  return undefined;
}

/** Counts one use of a pending one-shot (dropped after its last). */
function countUse(id: ScenarioId): void {
  const remaining = pending.get(id) ?? 0;
  if (remaining <= 1) pending.delete(id);
  else pending.set(id, remaining - 1);
}

/**
 * The handlers' check before normal handling: the first pending scenario whose `match`
 * fits the request, counted as used, with the path's params. Internal to `src/mocks`.
 */
export function takeForcedScenario(request: Request): { scenario: Scenario; params: PathParams } | undefined {
  const hit = firstForced(request.method, new URL(request.url));
  if (hit) countUse(hit.scenario.id);
  return hit;
}

/**
 * True (and counted as used) when the request's answer is a forced `network_error`: the
 * first pending scenario that fits it is that one. For failing the request in the page,
 * before it reaches the service worker (`./networkFailures`). Internal to `src/mocks`.
 */
export function takeForcedNetworkError(method: string, url: URL): boolean {
  const hit = firstForced(method, url);
  if (hit?.scenario.id !== 'network_error') return false;
  countUse(hit.scenario.id);
  return true;
}
