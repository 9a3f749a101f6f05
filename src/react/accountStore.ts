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
  /** Merges a patch; listeners run only when something changed. */
  setState(patch: Partial<AccountState>): void;
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
  const { subscribe, notify } = createListeners();
  return {
    getState: () => state,
    subscribe,
    setState(patch) {
      const next = { ...state, ...patch };
      // A dismissal lasts as long as the payment problem it hid.
      if (!next.paymentRequired) next.topUpDismissed = false;
      if ((Object.keys(next) as Array<keyof AccountState>).every((key) => next[key] === state[key])) return;
      state = next;
      notify();
    },
  };
}
