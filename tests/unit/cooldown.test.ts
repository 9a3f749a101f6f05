import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCooldown, createXModeClient, isXModeError } from '../../src/core';
import { MAX_COOLDOWN_MS } from '../../src/core/cooldown';

vi.mock('react', () => ({}));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createCooldown', () => {
  it('should hold waiters until the window ends, then release each once', async () => {
    const cooldown = createCooldown();
    cooldown.start(2000);
    const released: number[] = [];
    const waits = [1, 2, 3].map((n) => cooldown.wait().then(() => released.push(n)));
    await vi.advanceTimersByTimeAsync(1999);
    expect(released).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await Promise.all(waits);
    expect(released).toEqual([1, 2, 3]);
  });

  it('should extend but never shorten a window, and notify listeners', () => {
    const cooldown = createCooldown();
    const listener = vi.fn();
    cooldown.subscribe(listener);
    cooldown.start(5000);
    const until = cooldown.until();
    cooldown.start(1000);
    expect(cooldown.until()).toBe(until);
    cooldown.start(6000);
    expect(cooldown.until()).toBeGreaterThan(until);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('should cap an absurd window at MAX_COOLDOWN_MS', () => {
    const cooldown = createCooldown();
    cooldown.start(2 ** 31 - 1);
    expect(cooldown.until() - Date.now()).toBe(MAX_COOLDOWN_MS);
    cooldown.start(Number.NaN);
    expect(cooldown.until() - Date.now()).toBe(MAX_COOLDOWN_MS);
  });

  it('should reject a waiter whose signal aborts, leaving the others waiting', async () => {
    const cooldown = createCooldown();
    cooldown.start(1000);
    const controller = new AbortController();
    const aborted = cooldown.wait(controller.signal);
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('createXModeClient with a cooldown', () => {
  it('should open the window on a 429 and send nothing until it ends', async () => {
    const cooldown = createCooldown();
    const sent: number[] = [];
    let calls = 0;
    const client = createXModeClient({
      baseUrl: 'http://x.test',
      cooldown,
      fetch: async () => {
        sent.push(Date.now());
        calls += 1;
        return calls === 1
          ? Response.json({ error: { code: 'rate_limited', message: 'slow down' } }, { status: 429, headers: { 'retry-after': '2' } })
          : Response.json({ ok: true });
      },
    });
    await expect(client.get('/v1/balance')).rejects.toMatchObject({ code: 'rate_limited', retryAfterMs: 2000 });
    const second = client.get('/v1/balance');
    await vi.advanceTimersByTimeAsync(1900);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(100);
    await expect(second).resolves.toEqual({ ok: true });
    expect(sent).toHaveLength(2);
  });

  it('should fail at once, sending nothing, while a window longer than maxWaitMs is open', async () => {
    const cooldown = createCooldown();
    cooldown.start(120_000);
    const fetchSpy = vi.fn();
    const client = createXModeClient({ baseUrl: 'http://x.test', cooldown, fetch: fetchSpy });
    const error = await client.get('/v1/balance').catch((e: unknown) => e);
    expect(isXModeError(error) && error.code).toBe('rate_limited');
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
