import { MutationObserver, type MutationFunction, type QueryClient } from '@tanstack/react-query';
import { createListeners } from '../core/listeners';
import { redactSecrets } from '../core/redact';
import type { AccountStore } from './accountStore';

/**
 * A paid request that failed with `payment_required`, kept so the user can send it again
 * in one action once the balance is back (WCAG 3.3.7: no retyping). Its `variables` are
 * what the mutation was called with; never a header, never the key.
 */
export interface KeptPaidRequest {
  readonly mutationKey: readonly unknown[];
  readonly variables: unknown;
  /** Epoch ms when it was sent. */
  readonly submittedAt: number;
}

/**
 * Where recovery is.
 * - `idle`: nothing kept, or the balance is still too low.
 * - `checking`: the host's balance check runs ("I've topped up").
 * - `not-yet`: the checks found no top-up yet.
 * - `ready`: the balance is back; the kept request can be sent again.
 * - `sending` / `sent` / `failed`: that second attempt.
 */
export type PaymentRecoveryPhase = 'idle' | 'checking' | 'not-yet' | 'ready' | 'sending' | 'sent' | 'failed';

/** What `usePaymentRecovery()` reads. */
export interface PaymentRecoveryState {
  readonly phase: PaymentRecoveryPhase;
  readonly kept?: KeptPaidRequest;
  /** Whether `resend()` can send it: a mutation function is known for its key. */
  readonly canResend: boolean;
}

/** The balance check "I've topped up" runs: true when the balance covers the kept request. */
export type BalanceCheck = (kept: KeptPaidRequest | undefined) => Promise<boolean>;

/** The recovery of one query client (its runtime holds it). */
export interface PaymentRecovery {
  getState(): PaymentRecoveryState;
  subscribe(listener: () => void): () => void;
  /** A paid mutation failed with 402: keep it (replacing an older one). */
  keep(request: KeptPaidRequest): void;
  /** True for a 402 of a request sent before the balance came back: it says nothing new. */
  isStale(submittedAt: number): boolean;
  /** Re-checks the balance with backoff, `check` being the host's; says what it found. */
  check(check: BalanceCheck | undefined): Promise<void>;
  /** Sends the kept request again (its mutation defaults, or the mutation that failed). */
  resend(): Promise<void>;
  /** Forgets the kept request. */
  discard(): void;
}

/** Where a tab keeps its failed paid request across a full navigation (sessionStorage in a browser). */
export interface RecoveryStorage {
  read(): string | null;
  write(value: string | null): void;
}

/** Waits between balance checks, in ms: credits can take a while to appear after payment. */
const BALANCE_CHECK_DELAYS_MS = [0, 1_000, 2_000, 4_000, 8_000] as const;
/** Longest kept variables, as JSON characters; a larger body is not kept across navigations. */
const MAX_STORED_CHARS = 64 * 1024;

/** Builds the recovery of `client`, following `store.paymentRequired`. */
export function createPaymentRecovery(client: QueryClient, store: AccountStore, storage?: RecoveryStorage): PaymentRecovery {
  const { subscribe, notify } = createListeners();
  let phase: PaymentRecoveryPhase = 'idle';
  let kept = restore(storage);
  let recoveredAt = 0;
  let run = 0; // the current check; a newer one (or a new 402) cancels older waits

  const mutationFn = (): MutationFunction<unknown, unknown> | undefined => {
    if (!kept) return undefined;
    const defaults = client.getMutationDefaults(kept.mutationKey as unknown[]);
    const live = client.getMutationCache().findAll({ mutationKey: kept.mutationKey as unknown[], exact: true }).at(-1);
    return (defaults.mutationFn ?? live?.options.mutationFn) as MutationFunction<unknown, unknown> | undefined;
  };
  let state: PaymentRecoveryState = { phase, kept, canResend: false };
  const publish = () => {
    state = { phase, kept, canResend: mutationFn() !== undefined };
    notify();
  };
  const set = (next: PaymentRecoveryPhase) => {
    phase = next;
    publish();
  };
  const persist = () => {
    if (!storage) return;
    try {
      const json = kept ? JSON.stringify(kept) : null;
      storage.write(json && json.length <= MAX_STORED_CHARS ? redactSecrets(json) : null);
    } catch {
      // Not serialisable (a File, a cycle) or storage full: kept in memory only.
    }
  };

  let paymentRequired = store.getState().paymentRequired;
  store.subscribe(() => {
    const now = store.getState().paymentRequired;
    if (now === paymentRequired) return;
    paymentRequired = now;
    run += 1;
    if (now) {
      set('idle');
    } else {
      recoveredAt = Date.now();
      set(kept ? 'ready' : 'idle');
    }
  });

  const recovery: PaymentRecovery = {
    getState: () => state,
    subscribe,
    keep(request) {
      kept = request;
      persist();
      set(store.getState().paymentRequired ? 'idle' : 'ready');
    },
    isStale: (submittedAt) => submittedAt > 0 && submittedAt < recoveredAt,
    async check(check) {
      if (!check || phase === 'checking' || phase === 'sending') return;
      const mine = (run += 1);
      set('checking');
      for (const delay of BALANCE_CHECK_DELAYS_MS) {
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        if (run !== mine) return;
        const enough = await check(kept).catch(() => false);
        if (run !== mine) return;
        if (enough) {
          // Clearing the flag moves the phase on (the store listener above); if it was
          // already clear, move it here.
          const wasRequired = store.getState().paymentRequired;
          store.setState({ paymentRequired: false });
          if (!wasRequired) set(kept ? 'ready' : 'idle');
          return;
        }
      }
      set('not-yet');
    },
    async resend() {
      const fn = mutationFn();
      if (!kept || !fn || phase === 'sending') return;
      const request = kept;
      set('sending');
      const observer = new MutationObserver(client, {
        ...client.getMutationDefaults(request.mutationKey as unknown[]),
        mutationKey: request.mutationKey as unknown[],
        mutationFn: fn,
        meta: { xmode: { paid: true } },
      });
      try {
        await observer.mutate(request.variables);
        if (kept === request) {
          kept = undefined;
          persist();
        }
        set('sent');
      } catch {
        // A new 402 keeps the request again (routeError); other failures show where they belong.
        if ((phase as PaymentRecoveryPhase) === 'sending') set('failed');
      }
    },
    discard() {
      kept = undefined;
      run += 1;
      persist();
      set('idle');
    },
  };
  return recovery;
}

/** The browser's sessionStorage for one scope, or undefined where there is none (a server). */
export function sessionRecoveryStorage(scope: string): RecoveryStorage | undefined {
  if (typeof window === 'undefined') return undefined;
  const name = `xmode-error-ui:paid-request:${scope}`;
  try {
    const storage = window.sessionStorage;
    return {
      read: () => storage.getItem(name),
      write: (value) => (value === null ? storage.removeItem(name) : storage.setItem(name, value)),
    };
  } catch {
    return undefined;
  }
}

function restore(storage: RecoveryStorage | undefined): KeptPaidRequest | undefined {
  try {
    const raw: unknown = JSON.parse(storage?.read() ?? 'null');
    if (typeof raw !== 'object' || raw === null) return undefined;
    const { mutationKey, variables, submittedAt } = raw as Record<string, unknown>;
    if (!Array.isArray(mutationKey) || typeof submittedAt !== 'number' || !Number.isFinite(submittedAt)) return undefined;
    return { mutationKey, variables, submittedAt };
  } catch {
    return undefined;
  }
}
