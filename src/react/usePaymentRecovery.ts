'use client';

import { useMemo, useSyncExternalStore } from 'react';
import { useXModeContext } from './context';
import type { PaymentRecoveryState } from './paymentRecovery';

/** What `usePaymentRecovery()` returns: the state, and what the user can do. */
export interface PaymentRecoveryControls extends PaymentRecoveryState {
  /** "I've topped up": re-checks the balance with the provider's `checkBalance`, with backoff. */
  check(): Promise<void>;
  /** Sends the kept request again, once `phase` is `ready`. */
  resend(): Promise<void>;
  /** Forgets the kept request. */
  discard(): void;
  /** Whether a balance check is configured (`checkBalance`). */
  canCheck: boolean;
}

/**
 * The paid request kept after a 402 and its way back: `TopUpBanner` shows it; a form that
 * failed reads `kept.variables` to hold its values when the user comes back to it.
 *
 * @example
 * const { kept } = usePaymentRecovery();
 * const defaultValues = isMine(kept) ? toFormValues(kept.variables) : EMPTY;
 */
export function usePaymentRecovery(): PaymentRecoveryControls {
  // The provider's settings of this render (its props are laid over the runtime's in an effect).
  const { runtime, checkBalance } = useXModeContext();
  const { recovery } = runtime;
  const state = useSyncExternalStore(recovery.subscribe, recovery.getState, recovery.getState);
  return useMemo(
    () => ({
      ...state,
      canCheck: checkBalance !== undefined,
      check: () => recovery.check(checkBalance),
      resend: recovery.resend,
      discard: recovery.discard,
    }),
    [state, recovery, checkBalance],
  );
}
