// Scenario 1: request amplification under a 429 storm / 503 burst.
// Run through bench/run.mjs (it builds this file); writes its result to --out.
import { writeFileSync } from 'node:fs';
import { QueryObserver, environmentManager } from '@tanstack/react-query';
import { argValue, summarize, type Summary } from '../lib/stats';
import { startStormServer } from './server';
import { SCENARIOS, type Scenario } from './scenarios';
import { VARIANT_LABELS, createVariant, prepareVariants, type VariantId } from './variants';

/** A run that has not recovered after this long is recorded as not recovered (a hang), in ms. */
const RUN_TIMEOUT_MS = 30_000;

interface RequestRecord {
  sentAt: number;
  status?: number;
  respondedAt?: number;
}

interface RunResult {
  /** Every request the client sent. */
  requests: number;
  /** Requests the server answered with the error (arrived inside the window). */
  inWindow: number;
  /** Of those, requests sent after the client had already received an error response. */
  inWindowAfterFirstError: number;
  /** Queries that ended in success before the run timeout. */
  recovered: number;
  /** ms from the window's end to the last query's success; null when not all recovered. */
  recoveryLagMs: number | null;
}

async function runOnce(scenario: Scenario, variantId: VariantId): Promise<RunResult> {
  const server = await startStormServer({
    status: scenario.status,
    windowMs: scenario.windowMs,
    retryAfterSeconds: scenario.retryAfterSeconds,
    body: scenario.body,
    lifetimeMs: RUN_TIMEOUT_MS + 5_000,
  });
  const log: RequestRecord[] = [];
  const send: typeof fetch = async (input, init) => {
    const record: RequestRecord = { sentAt: performance.now() };
    log.push(record);
    const response = await fetch(input, init);
    record.status = response.status;
    record.respondedAt = performance.now();
    return response;
  };
  const variant = createVariant(variantId, server.url, send);
  const successAt: Array<number | undefined> = Array.from({ length: scenario.queries }, () => undefined);
  const unsubscribes: Array<() => void> = [];
  const timers: Array<ReturnType<typeof setTimeout>> = [];
  let resolveAll: () => void = () => undefined;
  const allRecovered = new Promise<void>((resolve) => {
    resolveAll = resolve;
  });

  const mount = (index: number) => {
    const observer = new QueryObserver(variant.client, { queryKey: ['balance', index], queryFn: variant.queryFn(index) });
    unsubscribes.push(
      observer.subscribe((result) => {
        if (result.status !== 'success' || successAt[index] !== undefined) return;
        successAt[index] = performance.now();
        if (successAt.every((at) => at !== undefined)) resolveAll();
      }),
    );
  };
  for (let index = 0; index < scenario.queries; index += 1) {
    if (scenario.staggerMs === 0) mount(index);
    else timers.push(setTimeout(() => mount(index), index * scenario.staggerMs));
  }
  timers.push(setTimeout(resolveAll, RUN_TIMEOUT_MS));
  await allRecovered;

  timers.forEach(clearTimeout);
  unsubscribes.forEach((unsubscribe) => unsubscribe());
  await variant.client.cancelQueries();
  variant.client.clear();
  await server.stop();

  const isError = (record: RequestRecord) => record.status !== undefined && record.status !== 200;
  const firstErrorAt = Math.min(...log.filter(isError).map((record) => record.respondedAt ?? Number.POSITIVE_INFINITY));
  const errors = log.filter(isError);
  const recovered = successAt.filter((at) => at !== undefined).length;
  const windowEnd = server.windowEnd() ?? 0;
  return {
    requests: log.length,
    inWindow: errors.length,
    inWindowAfterFirstError: errors.filter((record) => record.sentAt > firstErrorAt).length,
    recovered,
    recoveryLagMs: recovered === scenario.queries ? Math.max(...(successAt as number[])) - windowEnd : null,
  };
}

interface VariantResult {
  label: string;
  runs: RunResult[];
  requests: Summary;
  inWindow: Summary;
  inWindowAfterFirstError: Summary;
  recoveryLagMs: Summary | null;
  allRecovered: boolean;
  /** Runs where some query had no data after RUN_TIMEOUT_MS. */
  notRecovered: number;
}

async function main() {
  // Node has no `window`, so React Query would take its server defaults (no retries).
  // The dashboard runs in a browser: use the browser defaults.
  environmentManager.setIsServer(() => false);
  await prepareVariants();
  const repeats = Number(argValue('repeats') ?? 20);
  const out = argValue('out');
  const only = argValue('storms')?.split(',');
  const scenarioList = only ? SCENARIOS.filter((scenario) => only.includes(scenario.id)) : SCENARIOS;
  const variants = (argValue('variants')?.split(',') ?? ['a', 'b', 'c']) as VariantId[];
  const runs = new Map<string, RunResult[]>();

  // Interleave: every repeat runs every scenario once, its three variants at the same time
  // (each with its own server and client), so drift (GC, a busy neighbour) lands on all of
  // them instead of on one, and 20 repeats take minutes, not a quarter of an hour.
  for (let repeat = 0; repeat < repeats; repeat += 1) {
    for (const scenario of scenarioList) {
      const started = performance.now();
      const results = await Promise.all(variants.map((variant) => runOnce(scenario, variant)));
      const elapsed = performance.now() - started;
      variants.forEach((variant, index) => {
        const result = results[index] as RunResult;
        const key = `${scenario.id}:${variant}`;
        runs.set(key, [...(runs.get(key) ?? []), result]);
        console.error(
          `  storm ${repeat + 1}/${repeats} ${scenario.id} (${variant}): ${result.inWindow} in window ` +
            `(${result.inWindowAfterFirstError} after first error), ` +
            `lag ${result.recoveryLagMs === null ? 'not recovered' : `${Math.round(result.recoveryLagMs)} ms`} [${Math.round(elapsed)} ms]`,
        );
      });
    }
  }

  const scenarios = scenarioList.map((scenario) => {
    const byVariant = Object.fromEntries(
      variants.map((variant): [VariantId, VariantResult] => {
        const list = runs.get(`${scenario.id}:${variant}`) ?? [];
        const lags = list.map((run) => run.recoveryLagMs).filter((lag): lag is number => lag !== null);
        return [
          variant,
          {
            label: VARIANT_LABELS[variant],
            runs: list,
            requests: summarize(list.map((run) => run.requests)),
            inWindow: summarize(list.map((run) => run.inWindow)),
            inWindowAfterFirstError: summarize(list.map((run) => run.inWindowAfterFirstError)),
            recoveryLagMs: lags.length ? summarize(lags) : null,
            allRecovered: lags.length === list.length,
            notRecovered: list.length - lags.length,
          },
        ];
      }),
    );
    return {
      id: scenario.id,
      title: scenario.title,
      queries: scenario.queries,
      windowMs: scenario.windowMs,
      retryAfterSeconds: scenario.retryAfterSeconds,
      staggerMs: scenario.staggerMs,
      variants: byVariant,
    };
  });
  const result = { repeats, runTimeoutMs: RUN_TIMEOUT_MS, scenarios };
  if (out) writeFileSync(out, JSON.stringify(result, null, 2));
  else console.log(JSON.stringify(result, null, 2));
}

await main();
