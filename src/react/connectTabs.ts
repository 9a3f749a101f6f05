import { MAX_RATE_LIMIT_WINDOW_MS, monotonicNow } from '../core/requestWindow';
import { openTabLink, TAB_FLAGS, TAB_WINDOWS, type TabFlag, type TabState, type TabWindowChange } from '../core/tabChannel';
import type { XModeRuntime } from './runtime';

/** A window another tab says ended is this one when their ends are this close, in ms. */
const SAME_WINDOW_MS = 250;

/**
 * Shares, with the other tabs of this origin that use the same API client scope (base URL
 * and key), the API client's windows and the account flags:
 * - a window that opens here opens there (every request of theirs waits too, mutations
 *   included); one that ends or closes here ends or closes there by a message, not by
 *   their own timer (a hidden tab's timers are clamped to a second or more);
 * - `blocked`, `unauthorized` and `paymentRequired`, set and cleared, the newer change
 *   winning;
 * - a tab that opens asks the others and learns the current state.
 * Off without an API client, or where the platform has no channel (a server). Returns the
 * disconnect.
 */
export function connectTabs(runtime: XModeRuntime): () => void {
  const { api, account } = runtime;
  if (!api) return () => undefined;
  const { windows } = api;

  // When each flag last changed here (0: never): a remote change wins only when newer.
  const changedAt: Record<TabFlag, number> = { blocked: 0, unauthorized: 0, paymentRequired: 0 };
  let seen = account.getState();
  let applying = false;
  // A window's end as an epoch time, what other tabs understand (their monotonic clocks differ).
  const epochEnd = (until: number) => (until > 0 ? Date.now() + (until - monotonicNow()) : 0);
  const windowState = (name: (typeof TAB_WINDOWS)[number]): TabWindowChange | undefined => {
    const until = windows[name].until();
    return until > 0 ? { state: 'open', until: epochEnd(until) } : undefined;
  };

  const snapshot = (): TabState => ({
    windows: Object.fromEntries(TAB_WINDOWS.flatMap((name) => (windowState(name) ? [[name, windowState(name)]] : []))),
    flags: Object.fromEntries(TAB_FLAGS.filter((flag) => changedAt[flag] > 0).map((flag) => [flag, { on: seen[flag], at: changedAt[flag] }])),
  });

  const apply = (state: TabState) => {
    applying = true;
    try {
      const now = Date.now();
      for (const name of TAB_WINDOWS) {
        const change = state.windows?.[name];
        const window = windows[name];
        if (!change) continue;
        if (change.state === 'open') {
          if (change.until > now) window.open(change.until - now);
        } else if (window.active() && epochEnd(window.until()) <= change.until + SAME_WINDOW_MS) {
          // Only the window the message is about (or a shorter one): a longer one of ours stays.
          if (change.state === 'closed') window.close();
          else window.end();
        }
      }
      const patch: { -readonly [K in TabFlag]?: boolean } = {};
      for (const flag of TAB_FLAGS) {
        const change = state.flags?.[flag];
        if (!change || change.at <= changedAt[flag]) continue;
        changedAt[flag] = change.at;
        patch[flag] = change.on;
      }
      account.setState(patch);
      seen = account.getState();
    } finally {
      applying = false;
    }
  };

  const link = openTabLink({
    scope: api.fingerprint,
    maxWindowMs: MAX_RATE_LIMIT_WINDOW_MS,
    onState: apply,
    onHello: () => link?.post(snapshot()),
  });
  if (!link) return () => undefined;

  const unsubscribes = TAB_WINDOWS.map((name) => {
    const window = windows[name];
    let lastEnd = epochEnd(window.until());
    let wasOpen = window.active();
    return window.subscribe(() => {
      const until = window.until();
      const open = window.active();
      const change: TabWindowChange | undefined =
        until > 0 ? { state: 'open', until: (lastEnd = epochEnd(until)) } : wasOpen ? { state: open ? 'ended' : 'closed', until: lastEnd } : undefined;
      wasOpen = open;
      if (change && !applying) link.post({ windows: { [name]: change } });
    });
  });
  unsubscribes.push(
    account.subscribe(() => {
      const next = account.getState();
      const changed = TAB_FLAGS.filter((flag) => next[flag] !== seen[flag]);
      seen = next;
      if (applying || changed.length === 0) return;
      const now = Date.now();
      for (const flag of changed) changedAt[flag] = now;
      link.post({ flags: Object.fromEntries(changed.map((flag) => [flag, { on: next[flag], at: now }])) });
    }),
  );
  link.hello();

  return () => {
    unsubscribes.forEach((unsubscribe) => unsubscribe());
    link.close();
  };
}
