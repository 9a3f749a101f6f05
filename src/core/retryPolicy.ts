import { MIN_COOLDOWN_MS, jitteredFloor } from './cooldown';
import { errorCatalog } from './errorCatalog';
import { toXModeError } from './toXModeError';

/** Longest `Retry-After` waited for automatically; longer waits show a countdown. */
export const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;
/** First backoff step and the ceiling of the exponential backoff, in ms. */
const BASE_DELAY_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;

/** Settings of `createRetryPolicy`. */
export interface RetryPolicyOptions {
  /** `mutation`: only codes whose rule says `mutations: true` are repeated. */
  kind?: 'query' | 'mutation';
  /** Cap on an automatic `Retry-After` wait. Default `DEFAULT_MAX_RETRY_AFTER_MS`. */
  maxRetryAfterMs?: number;
  /** Source of randomness for the jitter, in [0, 1). Default `Math.random`. */
  random?: () => number;
}

/** The two functions React Query takes as `retry` and `retryDelay`. */
export interface RetryPolicy {
  /** React Query's `retry`: `failureCount` is 0 after the first failure. */
  shouldRetry: (failureCount: number, error: unknown) => boolean;
  /** React Query's `retryDelay`, in ms. */
  retryDelay: (failureCount: number, error: unknown) => number;
}

/**
 * Builds the retry policy from `errorCatalog`: each code's rule decides, nothing else.
 * Aborted requests and 4xx responses (but 408/429) are never retried; `rate_limited`
 * waits its `Retry-After` (backoff with jitter when absent; at least 500 ms plus up to as
 * much again of jitter, so `Retry-After: 0` never means "at once") and is not retried when
 * the wait exceeds `maxRetryAfterMs`.
 *
 * @example
 * new QueryClient({ defaultOptions: { queries: { retry: shouldRetry, retryDelay } } })
 */
export function createRetryPolicy(options: RetryPolicyOptions = {}): RetryPolicy {
  const { kind = 'query', maxRetryAfterMs = DEFAULT_MAX_RETRY_AFTER_MS, random = Math.random } =
    options;

  const shouldRetry = (failureCount: number, thrown: unknown): boolean => {
    const error = toXModeError(thrown);
    const rule = errorCatalog[error.code].retry;
    if (rule.kind === 'never' || error.aborted) return false;
    if (kind === 'mutation' && !rule.mutations) return false;
    if (error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429) {
      return false;
    }
    if (rule.kind === 'retry-after' && (error.retryAfterMs ?? 0) > maxRetryAfterMs) return false;
    return failureCount < rule.maxRetries;
  };

  const retryDelay = (failureCount: number, thrown: unknown): number => {
    const error = toXModeError(thrown);
    if (errorCatalog[error.code].retry.kind === 'retry-after' && error.retryAfterMs !== undefined) {
      // A zero (or tiny) Retry-After is no licence to hammer: the cooldown's floor, with jitter.
      if (error.retryAfterMs < MIN_COOLDOWN_MS) return jitteredFloor(random);
      return Math.min(error.retryAfterMs, maxRetryAfterMs);
    }
    // "Equal jitter": half the step fixed, half random, so retries never fire together.
    const step = Math.min(BASE_DELAY_MS * 2 ** Math.max(0, failureCount), MAX_BACKOFF_MS);
    return Math.round(step / 2 + random() * (step / 2));
  };

  return { shouldRetry, retryDelay };
}

const queryPolicy = createRetryPolicy();

/** The default query retry decision; plugs into React Query's `retry`. */
export const shouldRetry: RetryPolicy['shouldRetry'] = queryPolicy.shouldRetry;
/** The default query retry delay; plugs into React Query's `retryDelay`. */
export const retryDelay: RetryPolicy['retryDelay'] = queryPolicy.retryDelay;
