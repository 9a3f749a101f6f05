import { hashKey } from '@tanstack/react-query';
import { createListeners } from '../core/listeners';
import { redactSecrets } from '../core/redact';
import { digest, type TabSend } from '../core/tabChannel';
import type { AccountStore } from './accountStore';

/**
 * A paid request that failed with `payment_required`, kept so the user can send it again
 * in one action once the balance covers it (WCAG 3.3.7: no retyping). Its `variables` are
 * what the mutation was called with; never a header, never the key. It is sent at most
 * once: any send of an equal request (its form, "Generate again", another tab) uses it up.
 */
export interface KeptPaidRequest {
  readonly mutationKey: readonly unknown[];
  readonly variables: unknown;
  /** Epoch ms when it was sent. */
  readonly submittedAt: number;
  /** Which request it is: a digest of its mutation key and variables (equal requests, equal ids). */
  readonly id: string;
}

/**
 * The paid request a query client keeps after a 402 (its runtime's `kept`): what the
 * caches' `onError` records and a send uses up. The way back (balance checks, cost,
 * resend) is `usePaymentRecovery`'s.
 */
export interface KeptRequestStore {
  get(): KeptPaidRequest | undefined;
  subscribe(listener: () => void): () => void;
  /** Keeps `request` (replacing an older one); `undefined` forgets it. */
  keep(request: KeptPaidRequest | undefined): void;
  /** A paid request with this id was sent at `at` (here or in another tab): an equal one kept before then is used up. */
  sent(id: string, at: number): void;
  /** The latest paid request sent (here or in another tab): what tabs tell each other. */
  lastSent(): TabSend | undefined;
  /** True for a 402 of a request sent before the balance last came back: it says nothing new. */
  isStale(submittedAt: number): boolean;
}

/** Where a tab keeps its failed paid request across a full navigation (sessionStorage in a browser). */
export interface KeptRequestStorage {
  read(): string | null;
  write(value: string | null): void;
}

/** Longest kept variables, as JSON characters; a larger body is not kept across navigations. */
const MAX_STORED_CHARS = 64 * 1024;

/** The id of a paid request: its key and variables, hashed as React Query hashes keys ('' when they can't be). */
export function requestDigest(mutationKey: readonly unknown[], variables: unknown): string {
  try {
    return digest(hashKey([mutationKey, variables]));
  } catch {
    return ''; // a cycle or a BigInt: never equal to anything
  }
}

/** The kept request of one query client, following `account.paymentRequired` for staleness. */
export function createKeptRequestStore(account: AccountStore, storage?: KeptRequestStorage): KeptRequestStore {
  const { subscribe, notify } = createListeners();
  let kept = restore(storage);
  let last: TabSend | undefined;
  let recoveredAt = 0;
  let required = account.getState().paymentRequired;
  account.subscribe(() => {
    const now = account.getState().paymentRequired;
    if (required && !now) recoveredAt = Date.now();
    required = now;
  });
  const keep = (request: KeptPaidRequest | undefined) => {
    kept = request;
    try {
      const json = request ? JSON.stringify(request) : null;
      storage?.write(json && json.length <= MAX_STORED_CHARS ? redactSecrets(json) : null);
    } catch {
      // Not serialisable (a File, a cycle) or storage full: kept in memory only.
    }
    notify();
  };
  return {
    get: () => kept,
    subscribe,
    keep,
    sent(id, at) {
      const newer = !last || at > last.at;
      if (newer) last = { id, at };
      if (id && kept?.id === id && at > kept.submittedAt) keep(undefined);
      else if (newer) notify();
    },
    lastSent: () => last,
    isStale: (submittedAt) => submittedAt > 0 && submittedAt < recoveredAt,
  };
}

/** The browser's sessionStorage for one scope, or undefined where there is none (a server). */
export function sessionKeptStorage(scope: string): KeptRequestStorage | undefined {
  const name = `xmode-error-ui:paid-request:${scope}`;
  try {
    // A ReferenceError on a server (no `window`), a SecurityError where storage is blocked.
    const storage = window.sessionStorage;
    return {
      read: () => storage.getItem(name),
      write: (value) => (value === null ? storage.removeItem(name) : storage.setItem(name, value)),
    };
  } catch {
    return undefined;
  }
}

function restore(storage: KeptRequestStorage | undefined): KeptPaidRequest | undefined {
  try {
    const raw = JSON.parse(storage?.read() ?? 'null') as Partial<KeptPaidRequest> | null;
    // Number.isFinite: false for anything but a finite number.
    return Array.isArray(raw?.mutationKey) && Number.isFinite(raw.submittedAt) && typeof raw.id === 'string' ? (raw as KeptPaidRequest) : undefined;
  } catch {
    return undefined;
  }
}
