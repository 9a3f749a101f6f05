/**
 * The account-wide state errors switch on. Banners and gates read it; every slice is
 * independent, so a component that reads `blocked` never re-renders for `offline`.
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
  /** Epoch ms when the shared 429 cooldown ends; 0 when none. */
  readonly rateLimitedUntil: number;
  /** No connection, or the last request got no response. */
  readonly offline: boolean;
}

/** The account-state store: read, subscribe, patch, reset. */
export interface AccountStore {
  getState(): AccountState;
  subscribe(listener: () => void): () => void;
  /** Merges a patch; listeners run only when something changed. */
  setState(patch: Partial<AccountState>): void;
  /** Call after a top-up succeeded. */
  clearPaymentRequired(): void;
  /** Hides the top-up banner until `paymentRequired` clears (a later 402 shows it again). */
  dismissTopUp(): void;
  reset(): void;
}

/** No flag set, no cooldown: the state of a fresh store. */
export const initialAccountState: AccountState = {
  blocked: false,
  paymentRequired: false,
  topUpDismissed: false,
  unauthorized: false,
  rateLimitedUntil: 0,
  offline: false,
};

/** A tiny external store (a Set of listeners) read with `useSyncExternalStore`. */
export function createAccountStore(initial: AccountState = initialAccountState): AccountStore {
  let state = initial;
  const listeners = new Set<() => void>();
  const setState = (patch: Partial<AccountState>) => {
    const next = { ...state, ...patch };
    // A dismissal lasts as long as the payment problem it hid.
    if (!next.paymentRequired) next.topUpDismissed = false;
    if ((Object.keys(next) as Array<keyof AccountState>).every((key) => next[key] === state[key])) return;
    state = next;
    listeners.forEach((listener) => listener());
  };
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setState,
    clearPaymentRequired: () => setState({ paymentRequired: false }),
    dismissTopUp: () => {
      if (state.paymentRequired) setState({ topUpDismissed: true });
    },
    reset: () => setState(initialAccountState),
  };
}
