'use client';

import { MutationObserver, useQueryClient, type MutationFunction } from '@tanstack/react-query';
import { useRef, useState, useSyncExternalStore } from 'react';
import { useXModeContext } from './context';
import type { KeptPaidRequest } from './keptRequest';

/**
 * Where the way back after a 402 is.
 * - `idle`: nothing checked since the balance last changed (with no `checkBalance`, a
 *   cleared `paymentRequired` counts as topped up);
 * - `checking`: the host's balance check runs;
 * - `not-yet`: the balance doesn't cover the kept request (`balance`, `cost` say by how much);
 * - `ready`: it does; the kept request can be sent again;
 * - `sending` / `sent` / `failed`: that one send.
 */
export type PaymentRecoveryPhase = 'idle' | 'checking' | 'not-yet' | 'ready' | 'sending' | 'sent' | 'failed';

/** What `usePaymentRecovery()` returns: the state, and what the user can do. */
export interface PaymentRecoveryControls {
  readonly phase: PaymentRecoveryPhase;
  /** The paid request kept after a 402, until it is sent (by any surface or tab) or discarded. */
  readonly kept?: KeptPaidRequest;
  /** The balance the last check found, in xTokens. */
  readonly balance?: number;
  /** What the kept request costs, in xTokens, when the provider's `costOf` says. */
  readonly cost?: number;
  /** Whether `resend()` can send it: a mutation function is known for its key. */
  readonly canResend: boolean;
  /** Whether a balance check is configured (`checkBalance`). */
  readonly canCheck: boolean;
  /**
   * Reads the balance with the provider's `checkBalance`, once or (`backoff`, "I've
   * topped up") until it covers the kept request, waiting 1, 2, 4 and 8 s between reads.
   * When it does, `paymentRequired` clears and `phase` is `ready`.
   */
  check(backoff?: boolean): Promise<void>;
  /** Sends the kept request again, once; it is used up as it goes. */
  resend(): Promise<void>;
  /** Forgets the kept request. */
  discard(): void;
}

/** Waits between balance reads of a check with backoff, in ms: credits can take a while to appear after payment. */
const BALANCE_CHECK_DELAYS_MS = [0, 1_000, 2_000, 4_000, 8_000] as const;

/**
 * The way back after a 402: the kept paid request (the runtime's, shared by every
 * surface and tab), whether the balance covers it, and sending it again. The phase is
 * this hook's own: the component that checks and resends reads it (`TopUpBanner` does;
 * a form reads `kept.variables` to hold its values when the user comes back to it).
 *
 * @example
 * const { kept } = usePaymentRecovery();
 * const defaultValues = isMine(kept) ? toFormValues(kept.variables) : EMPTY;
 */
export function usePaymentRecovery(): PaymentRecoveryControls {
  const { runtime, checkBalance, costOf } = useXModeContext();
  const client = useQueryClient();
  const { kept: store, account } = runtime;
  const kept = useSyncExternalStore(store.subscribe, store.get, store.get);
  const required = useSyncExternalStore(account.subscribe, () => account.getState().paymentRequired, () => false);
  // The phase belongs to the flag's value it was reached under: each change (a new 402,
  // the balance back) starts over.
  const [state, setState] = useState<{ phase: PaymentRecoveryPhase; required: boolean; balance?: number }>({ phase: 'idle', required });
  if (state.required !== required) setState({ phase: 'idle', required, balance: state.balance });
  const { phase } = state;
  // The current check: a newer one (or a discard) makes an older one's findings moot.
  const runs = useRef(0);
  const set = (next: Partial<typeof state>, run = runs.current) => {
    if (run === runs.current) setState((current) => ({ ...current, required: account.getState().paymentRequired, ...next }));
  };
  const mutationFn = kept
    ? ((client.getMutationDefaults(kept.mutationKey as unknown[]).mutationFn ??
        client.getMutationCache().findAll({ mutationKey: kept.mutationKey as unknown[], exact: true }).at(-1)?.options.mutationFn) as MutationFunction<unknown, unknown> | undefined)
    : undefined;

  const check = async (backoff = false) => {
    if (!checkBalance) return;
    const request = store.get();
    // Unknown cost (nothing kept, no `costOf`): any balance above zero covers it.
    const need = (request && costOf?.(request)) ?? 1;
    const run = (runs.current += 1);
    set({ phase: 'checking' });
    for (const delay of backoff ? BALANCE_CHECK_DELAYS_MS : [0]) {
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      if (run !== runs.current) return;
      const balance = await checkBalance().catch(() => undefined);
      if (run !== runs.current) return;
      if (typeof balance !== 'number' || !Number.isFinite(balance)) continue;
      if (balance >= need) {
        account.setState({ paymentRequired: false });
        return set({ phase: 'ready', balance }, run);
      }
      set({ balance }, run);
    }
    set({ phase: 'not-yet' }, run);
  };

  const resend = async () => {
    const request = store.get();
    if (!request || !mutationFn || phase === 'sending') return;
    set({ phase: 'sending' });
    // Used up as it goes, whatever its variables became in storage (redacted).
    store.sent(request.id, Date.now());
    const observer = new MutationObserver(client, {
      ...client.getMutationDefaults(request.mutationKey as unknown[]),
      mutationKey: request.mutationKey as unknown[],
      mutationFn,
      meta: { xmode: { paid: true } },
    });
    try {
      await observer.mutate(request.variables);
      set({ phase: 'sent' });
    } catch {
      // A new 402 keeps it again and starts over; other failures show where they belong.
      set({ phase: account.getState().paymentRequired ? 'idle' : 'failed' });
    }
  };

  return {
    phase,
    kept,
    balance: state.balance,
    cost: kept && costOf?.(kept),
    canResend: mutationFn !== undefined,
    canCheck: checkBalance !== undefined,
    check,
    resend,
    discard: () => {
      runs.current += 1;
      store.keep(undefined);
      set({ phase: 'idle' });
    },
  };
}
