import { afterEach, describe, expect, it, vi } from 'vitest';
import { XModeError, retryDelay, shouldRetry } from '../../src/core';
import { API_ERROR_CODES } from '../../src/core/codes';
import { DEFAULT_MAX_WAIT_MS } from '../../src/core/createXModeClient';
import { shouldRetryMutation } from '../../src/core/retryPolicy';
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

  // The API client waits these out in its windows and sends again itself (#20): one owner per wait.
  it.each([
    ['rate_limited', 429],
    ['provider_timeout', 500],
    ['provider_error', 500],
    ['internal_error', 500],
    ['unexpected_response', 502],
  ] as const)('should leave %s (HTTP %i) to the API client: React Query never retries it', (code, status) => {
    expect(shouldRetry(0, err(code, status, { retryAfterMs: 1_000 }))).toBe(false);
    expect(shouldRetryMutation(0, err(code, status, { retryAfterMs: 1_000 }))).toBe(false);
  });

  it.each([
    ['network_error', 0, [true, true, true, false]],
    ['timeout', 0, [true, true, false, false]],
    ['unexpected_response', 200, [true, true, false, false]],
  ] as const)('should retry a query that got no whole answer (%s, HTTP %i) by its backoff rule', (code, status, expected) => {
    expect([0, 1, 2, 3].map((n) => shouldRetry(n, err(code, status)))).toEqual(expected);
  });

  it('should never repeat a mutation that got no answer: it may have reached the server and spent xTokens', () => {
    expect(shouldRetryMutation(0, err('network_error', 0))).toBe(false);
    expect(shouldRetryMutation(0, err('timeout', 0))).toBe(false);
    expect(shouldRetryMutation(0, err('unexpected_response', 200))).toBe(false);
  });

  it('should never retry an aborted request', () => {
    expect(shouldRetry(0, err('network_error', 0, { aborted: true }))).toBe(false);
  });

  it('should not retry an unexpected 4xx', () => {
    expect(shouldRetry(0, err('unexpected_response', 413))).toBe(false);
    expect(shouldRetry(0, err('unexpected_response', 408))).toBe(true);
  });

  it('should normalise non-XModeError input', () => {
    expect(shouldRetry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetry(0, 'weird')).toBe(true);
    expect(shouldRetry(2, 'weird')).toBe(false);
  });

  it('should decide every documented code without throwing', () => {
    for (const code of API_ERROR_CODES) {
      expect(typeof shouldRetry(0, err(code, 500))).toBe('boolean');
      expect(typeof shouldRetryMutation(0, err(code, 500))).toBe('boolean');
    }
  });
});

describe('retryDelay', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("should wait exactly the error's Retry-After when it names one", () => {
    expect(retryDelay(0, err('timeout', 0, { retryAfterMs: 2000 }))).toBe(2000);
    expect(retryDelay(3, err('network_error', 0, { retryAfterMs: 500 }))).toBe(500);
  });

  it('should wait no longer than the longest wait a request may take (maxWaitMs default)', () => {
    expect(retryDelay(0, err('timeout', 0, { retryAfterMs: DEFAULT_MAX_WAIT_MS + 1 }))).toBe(DEFAULT_MAX_WAIT_MS);
  });

  it('should back off exponentially with jitter otherwise', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    expect([0, 1, 2].map((n) => retryDelay(n, err('network_error', 0)))).toEqual([500, 1000, 2000]);
    vi.spyOn(Math, 'random').mockReturnValue(0.999999);
    expect([0, 1, 2].map((n) => retryDelay(n, err('network_error', 0)))).toEqual([1000, 2000, 4000]);
  });

  it('should never exceed 30 s of backoff', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999999);
    expect(retryDelay(50, err('timeout', 0))).toBe(30_000);
  });
});
