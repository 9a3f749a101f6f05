import { describe, expect, it, vi } from 'vitest';
import { API_ERROR_CODES, XModeError, createRetryPolicy, retryDelay, shouldRetry } from '../../src/core';
import { DEFAULT_MAX_RETRY_AFTER_MS } from '../../src/core/retryPolicy';
import type { XModeErrorCode } from '../../src/core';

vi.mock('react', () => ({}));

const err = (code: XModeErrorCode, status: number, extra: Partial<{ retryAfterMs: number; aborted: boolean }> = {}) =>
  new XModeError({ code, status, ...extra });

describe('shouldRetry', () => {
  it.each([
    ['validation_error', 400],
    ['unauthorized', 401],
    ['account_blocked', 401],
    ['forbidden', 403],
    ['not_found', 404],
    ['payment_required', 402],
    ['conflict', 409],
    ['content_policy', 422],
  ] as const)('should never retry %s', (code, status) => {
    expect(shouldRetry(0, err(code, status))).toBe(false);
  });

  it.each([['provider_timeout'], ['provider_error']] as const)('should retry %s up to 3 times', (code) => {
    expect([0, 1, 2, 3].map((n) => shouldRetry(n, err(code, 500)))).toEqual([true, true, true, false]);
  });

  it('should retry internal_error once for queries, never for mutations', () => {
    const mutation = createRetryPolicy({ kind: 'mutation' });
    expect([0, 1].map((n) => shouldRetry(n, err('internal_error', 500)))).toEqual([true, false]);
    expect(mutation.shouldRetry(0, err('internal_error', 500))).toBe(false);
  });

  it('should repeat a mutation only for codes where the request did nothing', () => {
    const mutation = createRetryPolicy({ kind: 'mutation' });
    expect(mutation.shouldRetry(0, err('provider_timeout', 500))).toBe(true);
    expect(mutation.shouldRetry(0, err('rate_limited', 429, { retryAfterMs: 1000 }))).toBe(true);
    expect(mutation.shouldRetry(0, err('network_error', 0))).toBe(false);
    expect(mutation.shouldRetry(0, err('unexpected_response', 502))).toBe(false);
  });

  it('should not retry a Retry-After longer than the cap', () => {
    expect(shouldRetry(0, err('rate_limited', 429, { retryAfterMs: DEFAULT_MAX_RETRY_AFTER_MS }))).toBe(true);
    expect(shouldRetry(0, err('rate_limited', 429, { retryAfterMs: DEFAULT_MAX_RETRY_AFTER_MS + 1 }))).toBe(false);
    expect(createRetryPolicy({ maxRetryAfterMs: 5000 }).shouldRetry(0, err('rate_limited', 429, { retryAfterMs: 6000 }))).toBe(false);
  });

  it('should never retry an aborted request', () => {
    expect(shouldRetry(0, err('network_error', 0, { aborted: true }))).toBe(false);
  });

  it('should not retry an unexpected 4xx but retry an unexpected 5xx', () => {
    expect(shouldRetry(0, err('unexpected_response', 413))).toBe(false);
    expect(shouldRetry(0, err('unexpected_response', 502))).toBe(true);
  });

  it('should normalise non-XModeError input', () => {
    expect(shouldRetry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetry(0, 'weird')).toBe(true);
    expect(shouldRetry(2, 'weird')).toBe(false);
  });

  it('should decide every documented code without throwing', () => {
    for (const code of API_ERROR_CODES) expect(typeof shouldRetry(0, err(code, 500))).toBe('boolean');
  });
});

describe('retryDelay', () => {
  it('should wait exactly the Retry-After of a rate_limited error', () => {
    expect(retryDelay(0, err('rate_limited', 429, { retryAfterMs: 2000 }))).toBe(2000);
    expect(retryDelay(0, err('rate_limited', 429, { retryAfterMs: 500 }))).toBe(500);
  });

  it.each([0, 1, 499])('should floor a Retry-After of %i ms at 500 ms plus up to 500 ms of jitter, not retry at once', (retryAfterMs) => {
    const delays = [0, 0.5, 0.999].map((draw) => createRetryPolicy({ random: () => draw }).retryDelay(5, err('rate_limited', 429, { retryAfterMs })));
    expect(delays).toEqual([500, 750, 999]);
  });

  it('should back off exponentially with jitter otherwise', () => {
    const low = createRetryPolicy({ random: () => 0 });
    const high = createRetryPolicy({ random: () => 0.999999 });
    expect([0, 1, 2].map((n) => low.retryDelay(n, err('provider_timeout', 500)))).toEqual([500, 1000, 2000]);
    expect([0, 1, 2].map((n) => high.retryDelay(n, err('provider_timeout', 500)))).toEqual([1000, 2000, 4000]);
    expect(low.retryDelay(0, err('rate_limited', 429))).toBe(500);
  });

  it('should never exceed 30 s of backoff', () => {
    const high = createRetryPolicy({ random: () => 0.999999 });
    expect(high.retryDelay(50, err('provider_error', 500))).toBeLessThanOrEqual(30_000);
  });
});
