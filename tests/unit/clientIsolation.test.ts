import { describe, expect, it, vi } from 'vitest';
import { createCooldown, createXModeClient, isXModeError, type XModeClient } from '../../src/core';
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
    expect(userA.cooldown.until()).toBeGreaterThan(Date.now() + 100_000);

    await expect(userB.get('/v1/balance')).resolves.toEqual({ xTokens: 5 });
    expect(api.count('xm_live_userBBBB0000')).toBe(1);
    expect(userB.cooldown.until()).toBe(0);

    // User A's next request is held by A's own window: it fails unsent.
    const again = await failure(userA.get('/v1/balance'));
    expect(isXModeError(again) && again.code).toBe('rate_limited');
    expect(api.count('xm_live_userAAAA0000')).toBe(1);
  });

  it('should give every client its own cooldown and circuit, and share them only when asked', () => {
    const fetch = upstream().fetch;
    const one = clientFor('xm_live_oneONE00000', fetch);
    const two = clientFor('xm_live_twoTWO00000', fetch);
    expect(one.cooldown).not.toBe(two.cooldown);
    expect(one.circuit).not.toBe(two.circuit);

    const window = createCooldown();
    const v1 = createXModeClient({ baseUrl: 'https://api.test', cooldown: window, fetch });
    const v2 = createXModeClient({ baseUrl: 'https://api.test/v2', cooldown: window, fetch });
    expect(v1.cooldown).toBe(window);
    expect(v2.cooldown).toBe(window);
  });

  it('should open no window for a client that did not get the 429', async () => {
    const api = upstream();
    const limited = clientFor('xm_live_userAAAA0000', api.fetch);
    await failure(limited.get('/v1/balance'));
    const fresh = clientFor('xm_live_userAAAA0000', api.fetch);
    // Same key, new client (a new server request): nothing was inherited from module scope.
    expect(fresh.cooldown.until()).toBe(0);
    expect(fresh.circuit.state()).toBe('closed');
  });

  it('should refuse a missing options object with a clear error', () => {
    expect(() => createXModeClient(undefined as never)).toThrow(/baseUrl/);
  });
});
