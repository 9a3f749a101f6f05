import { openTabLink, TAB_FLAGS, type TabFlag, type TabFlagChange, type TabState } from '../core/tabChannel';
import { MAX_COOLDOWN_MS } from '../core/cooldown';
import type { AccountState } from './accountStore';
import type { XModeRuntime } from './runtime';

/**
 * Shares, with the other tabs of this origin that use the same API client scope (base URL
 * and key), what an error taught this one: the 429 window, the outage circuit's window and
 * its end (another tab's success releases this tab's waiting requests), the `blocked`,
 * `unauthorized` and `paymentRequired` flags, set and cleared. A tab that opens asks the others and
 * learns the current state. Off without an API client, with `shareAcrossTabs: false`, or
 * where the platform has no channel (a server). Returns the disconnect.
 */
export function connectTabs(runtime: XModeRuntime): () => void {
  const { api, store, cooldown, circuit } = runtime;
  if (!api || runtime.settings().shareAcrossTabs === false) return () => undefined;

  // When each flag last changed here (0: never): a remote change wins only when newer.
  const changedAt: Record<TabFlag, number> = { blocked: 0, unauthorized: 0, paymentRequired: 0 };
  let seen: AccountState = store.getState();
  let applying = false;
  // When this tab's circuit last opened, and last closed: another tab's close wins only when newer.
  let circuitOpenedAt = circuit.state() === 'closed' ? 0 : Date.now();
  let circuitClosedAt = 0;

  const flags = (only?: readonly TabFlag[]): Partial<Record<TabFlag, TabFlagChange>> =>
    Object.fromEntries((only ?? TAB_FLAGS).filter((flag) => changedAt[flag] > 0).map((flag) => [flag, { on: seen[flag], at: changedAt[flag] }]));
  const snapshot = (): TabState => ({
    cooldownUntil: cooldown.until(),
    circuitUntil: circuit.until(),
    ...(circuitClosedAt > 0 ? { circuitClosedAt } : {}),
    flags: flags(),
  });

  const apply = (state: TabState) => {
    applying = true;
    try {
      const now = Date.now();
      if (state.cooldownUntil !== undefined && state.cooldownUntil > Math.max(now, cooldown.until())) {
        cooldown.start(state.cooldownUntil - now);
      }
      if (state.circuitUntil !== undefined && state.circuitUntil > Math.max(now, circuit.until())) {
        circuit.hold(state.circuitUntil - now);
      }
      if (state.circuitClosedAt !== undefined && state.circuitClosedAt > circuitOpenedAt && circuit.state() !== 'closed') {
        circuit.clear();
      }
      const patch: { -readonly [K in TabFlag]?: boolean } = {};
      for (const flag of TAB_FLAGS) {
        const change = state.flags?.[flag];
        if (!change || change.at <= changedAt[flag]) continue;
        changedAt[flag] = change.at;
        patch[flag] = change.on;
      }
      store.setState(patch);
      seen = store.getState();
    } finally {
      applying = false;
    }
  };

  const link = openTabLink({
    scope: api.fingerprint,
    maxWindowMs: MAX_COOLDOWN_MS,
    onState: apply,
    onHello: () => link?.post(snapshot()),
  });
  if (!link) return () => undefined;

  const unsubscribeStore = store.subscribe(() => {
    const next = store.getState();
    const changed = TAB_FLAGS.filter((flag) => next[flag] !== seen[flag]);
    seen = next;
    if (applying || changed.length === 0) return;
    const now = Date.now();
    for (const flag of changed) changedAt[flag] = now;
    link.post({ flags: flags(changed) });
  });
  let sentUntil = cooldown.until();
  const unsubscribeCooldown = cooldown.subscribe(() => {
    const until = cooldown.until();
    if (applying || until <= sentUntil) {
      sentUntil = Math.max(sentUntil, until);
      return;
    }
    sentUntil = until;
    link.post({ cooldownUntil: until });
  });
  let sentCircuitUntil = circuit.until();
  const unsubscribeCircuit = circuit.subscribe(() => {
    const until = circuit.until();
    const now = Date.now();
    if (circuit.state() === 'closed') {
      circuitClosedAt = now;
      if (!applying) link.post({ circuitClosedAt: now });
      return;
    }
    if (circuitOpenedAt <= circuitClosedAt) circuitOpenedAt = now;
    if (!applying && until > sentCircuitUntil) link.post({ circuitUntil: until });
    sentCircuitUntil = Math.max(sentCircuitUntil, until);
  });
  link.hello();

  return () => {
    unsubscribeStore();
    unsubscribeCooldown();
    unsubscribeCircuit();
    link.close();
  };
}
