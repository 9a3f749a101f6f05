import type { CatalogCode, Surface, XModeError } from '../core';
import { createListeners } from '../core/listeners';

/** A cause that ended requests (after retries), and the one surface that states it. */
export interface FinalError {
  readonly error: XModeError;
  /** Decided once, when the first request of the cause ended (see `createXModeQueryClient`). */
  readonly surface: Surface;
  /** How many requests ended with this cause while it lasted: one toast says "20 requests". */
  readonly count: number;
  /** Sends the failed requests again, where that is safe; absent otherwise. */
  readonly retry?: () => void;
  /** A paid request that ended in a server fault: it may or may not have gone through. */
  readonly outcomeUnknown?: boolean;
}

/** What ended a request: the error, its surface, how to send it again, and which query (if one). */
export interface FinalErrorReport {
  error: XModeError;
  surface: Surface;
  retry?: () => void;
  /** A query's hash: the cause goes when every query it ended succeeds. */
  queryHash?: string;
  outcomeUnknown?: boolean;
}

/**
 * The final errors of one query client, one entry per cause (code) and surface. The toaster shows the
 * `toast` ones; page-wide banners read whether a form's summary already states theirs. An
 * entry goes when its cause does: every query it ended has succeeded, the account flag it
 * raised is clear, or the user closed its toast.
 */
export interface FinalErrors {
  /** The current causes, oldest first; a new array on every change. */
  list(): readonly FinalError[];
  report(report: FinalErrorReport): void;
  /** The query with this hash succeeded. */
  succeeded(queryHash: string): void;
  /** The cause of `code` is over (on `surface` only: its toast was closed). */
  resolve(code: CatalogCode, surface?: Surface): void;
  subscribe(listener: () => void): () => void;
}

/** A feed per query client (never module state: it describes one user's screen). */
export function createFinalErrors(): FinalErrors {
  const { subscribe, notify } = createListeners();
  // One entry per cause and surface: a form's internal_error does not silence a background one's toast.
  const causes = new Map<string, FinalError & { hashes: Set<string> }>();
  let list: readonly FinalError[] = [];
  const publish = () => {
    list = [...causes.values()];
    notify();
  };
  return {
    list: () => list,
    subscribe,
    report({ error, surface, retry, queryHash, outcomeUnknown }) {
      const id = `${error.code} ${surface}`;
      const known = causes.get(id);
      const hashes = known?.hashes ?? new Set<string>();
      if (queryHash !== undefined) hashes.add(queryHash);
      causes.set(id, { error, surface, count: (known?.count ?? 0) + 1, retry: retry ?? known?.retry, hashes, outcomeUnknown });
      publish();
    },
    succeeded(queryHash) {
      let changed = false;
      for (const [id, cause] of causes) {
        if (!cause.hashes.delete(queryHash)) continue;
        if (cause.hashes.size === 0) causes.delete(id);
        changed = true;
      }
      if (changed) publish();
    },
    resolve(code, surface) {
      const before = causes.size;
      for (const [id, cause] of causes) if (cause.error.code === code && (surface === undefined || cause.surface === surface)) causes.delete(id);
      if (causes.size !== before) publish();
    },
  };
}
