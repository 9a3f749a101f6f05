import { describe, expect, it, vi } from 'vitest';
import { createXModeClient, isXModeError, type WindowName, type XModeClient } from '../../src/core';
import { xmodeErrorResponse } from '../../src/testing';

vi.mock('react', () => ({}));

/**
 * An upstream that rate-limits one key for two minutes and answers every other key: it
 * counts what each key actually sent, so "failed unsent" and "sent" can be told apart.
 */
function upstream() {
  const sent: string[] = [];
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    const key = (init?.headers as Record<string, string>).authorization ?? 'none';
    sent.push(key);
    return key === 'Bearer xm_live_userAAAA0000'
      ? xmodeErrorResponse('rate_limited', { retryAfter: 120 })
      : Response.json({ xTokens: 5 });
  };
  return { sent, fetch, count: (key: string) => sent.filter((line) => line === `Bearer ${key}`).length };
}

const clientFor = (apiKey: string, fetch: typeof globalThis.fetch): XModeClient =>
  createXModeClient({ baseUrl: 'https://api.test', apiKey, fetch });

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('createXModeClient state ownership', () => {
  it("should keep sending for one user while another user's key is rate limited (two clients in one process)", async () => {
    const api = upstream();
    const userA = clientFor('xm_live_userAAAA0000', api.fetch);
    const userB = clientFor('xm_live_userBBBB0000', api.fetch);

    const first = await failure(userA.get('/v1/balance'));
    expect(isXModeError(first) && first.code).toBe('rate_limited');
    // Windows run on the monotonic clock; Retry-After 120 s is past maxWaitMs (60 s): it failed at once.
    expect(userA.windows.rateLimit.until()).toBeGreaterThan(performance.now() + 100_000);

    await expect(userB.get('/v1/balance')).resolves.toEqual({ xTokens: 5 });
    expect(api.count('xm_live_userBBBB0000')).toBe(1);
    expect(userB.windows.rateLimit.until()).toBe(0);

    // User A's next request is held by A's own window: it fails unsent.
    const again = await failure(userA.get('/v1/balance'));
    expect(isXModeError(again) && again.code).toBe('rate_limited');
    expect(api.count('xm_live_userAAAA0000')).toBe(1);
  });

  it('should give every client its own windows, even two clients of one base URL and key', () => {
    const fetch = upstream().fetch;
    const one = clientFor('xm_live_oneONE00000', fetch);
    const two = clientFor('xm_live_twoTWO00000', fetch);
    const sameKey = clientFor('xm_live_oneONE00000', fetch);
    for (const name of ['rateLimit', 'outage', 'provider'] as const satisfies readonly WindowName[]) {
      expect(one.windows[name]).not.toBe(two.windows[name]);
      expect(one.windows[name]).not.toBe(sameKey.windows[name]);
    }
    one.windows.rateLimit.open(30_000);
    one.windows.outage.open(5_000);
    expect(one.windows.rateLimit.until()).toBeGreaterThan(0);
    expect(sameKey.windows.rateLimit.until()).toBe(0);
    expect(sameKey.windows.outage.active()).toBe(false);
    one.windows.rateLimit.close();
    one.windows.outage.close();
  });

  it('should open no window for a client that did not get the 429', async () => {
    const api = upstream();
    const limited = clientFor('xm_live_userAAAA0000', api.fetch);
    await failure(limited.get('/v1/balance'));
    const fresh = clientFor('xm_live_userAAAA0000', api.fetch);
    // Same key, new client (a new server request): nothing was inherited from module scope.
    expect(fresh.windows.rateLimit.until()).toBe(0);
    expect(fresh.windows.rateLimit.active()).toBe(false);
    expect(fresh.windows.outage.active()).toBe(false);
  });

  it('should refuse a missing options object with a clear error', () => {
    expect(() => createXModeClient(undefined as never)).toThrow(/baseUrl/);
  });
});
