import { DEFAULT_MAX_WAIT_MS, windowOf } from './createXModeClient';
import { errorCatalog } from './errorCatalog';
import { toXModeError } from './toXModeError';

/** First backoff step and the ceiling of the exponential backoff, in ms. */
const BASE_DELAY_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;

/**
 * React Query's `retry` for a query: only what the API client cannot wait out itself (no
 * answer: offline, a timeout, a body cut short), by the catalog's `backoff` rules. Never
 * an aborted request, a 4xx, or a cause with a window (429, outages): the client already
 * waited for those and sent them again.
 *
 * @example
 * new QueryClient({ defaultOptions: { queries: { retry: shouldRetry, retryDelay } } })
 */
export function shouldRetry(failureCount: number, thrown: unknown): boolean {
  return retries(thrown) > failureCount;
}

/** The same rule for a mutation: only where the catalog says the failed request did nothing. */
export function shouldRetryMutation(failureCount: number, thrown: unknown): boolean {
  return retries(thrown, true) > failureCount;
}

function retries(thrown: unknown, mutation?: boolean): number {
  const error = toXModeError(thrown);
  const rule = errorCatalog[error.code].retry;
  if (rule.kind !== 'backoff' || error.aborted || windowOf(error)) return 0;
  if (mutation && !rule.mutations) return 0;
  if (error.status >= 400 && error.status < 500 && error.status !== 408) return 0;
  return rule.maxRetries;
}

/**
 * React Query's `retryDelay`, in ms: the error's `Retry-After` when it has one, else
 * exponential backoff with "equal jitter" (half the step fixed, half random), so retries
 * of many queries never fire together.
 */
export function retryDelay(failureCount: number, thrown: unknown): number {
  const error = toXModeError(thrown);
  if (error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, DEFAULT_MAX_WAIT_MS);
  const step = Math.min(BASE_DELAY_MS * 2 ** Math.max(0, failureCount), MAX_BACKOFF_MS);
  return Math.round(step / 2 + Math.random() * (step / 2));
}
