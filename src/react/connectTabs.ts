import { MAX_RATE_LIMIT_WINDOW_MS, monotonicNow } from '../core/requestWindow';
import { openTabLink, TAB_FLAGS, TAB_WINDOWS, type TabFlag, type TabState, type TabWindowChange } from '../core/tabChannel';
import type { XModeRuntime } from './runtime';

/** A window another tab says ended is this one when their ends are this close, in ms. */
const SAME_WINDOW_MS = 250;

/**
 * Shares, with the other tabs of this origin that use the same API client scope (base URL
 * and key), the API client's windows, the account flags and the paid requests sent:
 * - a window that opens here opens there (every request of theirs waits too, mutations
 *   included); one that ends or closes here ends or closes there by a message, not by
 *   their own timer (a hidden tab's timers are clamped to a second or more);
 * - `blocked`, `unauthorized` and `paymentRequired`, set and cleared, each with when it
 *   was learned: the newer evidence wins (a success sent after another tab's 401 clears
 *   it there; an older message is answered with the newer state instead of applied);
 * - each paid request sent, by id: an equal one kept in another tab is used up;
 * - a tab that opens asks the others and learns the current state.
 * Off without an API client, or where the platform has no channel (a server). Returns the
 * disconnect.
 */
export function connectTabs(runtime: XModeRuntime): () => void {
  const { api, account, kept } = runtime;
  if (!api) return () => undefined;
  const { windows } = api;

  let seen = account.getState();
  let lastSend = kept.lastSent();
  let applying = false;
  // A window's end as an epoch time, what other tabs understand (their monotonic clocks differ).
  const epochEnd = (until: number) => (until > 0 ? Date.now() + (until - monotonicNow()) : 0);
  const flagChanges = (flags: readonly TabFlag[]) =>
    Object.fromEntries(flags.filter((flag) => account.changedAt(flag) > 0).map((flag) => [flag, { on: seen[flag], at: account.changedAt(flag) }]));

  const snapshot = (): TabState => ({
    windows: Object.fromEntries(TAB_WINDOWS.filter((name) => windows[name].until() > 0).map((name) => [name, { state: 'open', until: epochEnd(windows[name].until()) }])),
    flags: flagChanges(TAB_FLAGS),
    sent: kept.lastSent(),
  });

  const apply = (state: TabState) => {
    applying = true;
    const older: TabFlag[] = [];
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
      for (const flag of TAB_FLAGS) {
        const change = state.flags?.[flag];
        if (!change) continue;
        // Older than what this tab knows, and saying otherwise: answered with the newer state.
        if (change.at < account.changedAt(flag)) {
          if (change.on !== account.getState()[flag]) older.push(flag);
        } else account.setState({ [flag]: change.on }, change.at);
      }
      if (state.sent) kept.sent(state.sent.id, state.sent.at);
      seen = account.getState();
      lastSend = kept.lastSent();
    } finally {
      applying = false;
    }
    if (older.length > 0) link?.post({ flags: flagChanges(older) });
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
      if (!applying && changed.length > 0) link.post({ flags: flagChanges(changed) });
    }),
    kept.subscribe(() => {
      const send = kept.lastSent();
      if (send === lastSend) return;
      lastSend = send;
      if (!applying && send) link.post({ sent: send });
    }),
  );
  link.hello();

  return () => {
    unsubscribes.forEach((unsubscribe) => unsubscribe());
    link.close();
  };
}
