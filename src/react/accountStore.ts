import { createListeners } from '../core/listeners';

/**
 * The account-wide state errors switch on. Banners and gates read it; every slice is
 * independent, so a component that reads `blocked` never re-renders for `offline`.
 * (A 429 is no account state: it is the API client's `rateLimit` window.)
 */
export interface AccountState {
  /** `account_blocked`: `/v1/*` is refused; the rest of the dashboard works. */
  readonly blocked: boolean;
  /** `payment_required`: cleared by a successful paid request or `clearPaymentRequired()`. */
  readonly paymentRequired: boolean;
  /** The user dismissed the top-up banner; re-armed when `paymentRequired` clears. */
  readonly topUpDismissed: boolean;
  /** `unauthorized`: the key is missing or revoked. Distinct from `blocked`. */
  readonly unauthorized: boolean;
  /** No connection, or the last request got no response. */
  readonly offline: boolean;
}

/** The account-state store: read, subscribe, patch. */
export interface AccountStore {
  getState(): AccountState;
  subscribe(listener: () => void): () => void;
  /**
   * Merges a patch; listeners run only when something changed. With `at` (epoch ms), the
   * patch is evidence from then (another tab's message, a request sent then that
   * succeeded): a flag whose last change or evidence is newer keeps its value, and the
   * newer evidence wins. Without it, the patch is news from now and always applies.
   */
  setState(patch: Partial<AccountState>, at?: number): void;
  /** When `flag` last changed or was confirmed (epoch ms; 0: never). */
  changedAt(flag: keyof AccountState): number;
}

/** No flag set: the state of a fresh store. */
export const initialAccountState: AccountState = {
  blocked: false,
  paymentRequired: false,
  topUpDismissed: false,
  unauthorized: false,
  offline: false,
};

/** A tiny external store read with `useSyncExternalStore`; one per query client. */
export function createAccountStore(): AccountStore {
  let state = initialAccountState;
  const times: Partial<Record<keyof AccountState, number>> = {};
  const { subscribe, notify } = createListeners();
  return {
    getState: () => state,
    subscribe,
    changedAt: (flag) => times[flag] ?? 0,
    setState(patch, at) {
      const next = { ...state };
      for (const key of Object.keys(patch) as Array<keyof AccountState>) {
        const known = times[key] ?? 0;
        if (at !== undefined && at < known) continue;
        times[key] = Math.max(known, at ?? Date.now());
        next[key] = patch[key] ?? next[key];
      }
      // A dismissal lasts as long as the payment problem it hid.
      if (!next.paymentRequired) next.topUpDismissed = false;
      if ((Object.keys(next) as Array<keyof AccountState>).every((key) => next[key] === state[key])) return;
      state = next;
      notify();
    },
  };
}
