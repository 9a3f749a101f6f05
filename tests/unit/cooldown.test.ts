import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { XModeError, createCooldown, createXModeClient, isXModeError } from '../../src/core';
import { DEFAULT_RATE_LIMIT_COOLDOWN_MS, MAX_COOLDOWN_MS } from '../../src/core/cooldown';

vi.mock('react', () => ({}));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const limited = (retryAfterMs?: number) => new XModeError({ code: 'rate_limited', status: 429, retryAfterMs });

describe('createCooldown', () => {
  it('should hold requests until the window ends, send one probe, then the rest on its answer', async () => {
    const cooldown = createCooldown();
    cooldown.start(2000);
    const released: number[] = [];
    const waits = [1, 2, 3].map((n) => cooldown.pass().then((ticket) => (released.push(n), ticket)));
    await vi.advanceTimersByTimeAsync(1999);
    expect(released).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(released).toEqual([1]);
    (await waits[0]!)('ok');
    await Promise.all(waits);
    expect(released).toEqual([1, 2, 3]);
  });

  it('should hold the rest for the next window when the probe meets another 429', async () => {
    const cooldown = createCooldown();
    cooldown.start(1000);
    const released: number[] = [];
    const waits = [1, 2, 3].map((n) => cooldown.pass().then((ticket) => (released.push(n), ticket)));
    await vi.advanceTimersByTimeAsync(1000);
    (await waits[0]!)('limited', limited(1000));
    expect(cooldown.until()).toBe(Date.now() + 1000);
    await vi.advanceTimersByTimeAsync(999);
    expect(released).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(released).toEqual([1, 2]);
    (await waits[1]!)('ok');
    await Promise.all(waits);
    expect(released).toEqual([1, 2, 3]);
  });

  it('should tell a probe that met another 429 with requests behind it to wait again during the first holdMs, and not after', async () => {
    const cooldown = createCooldown({ holdMs: 3000 });
    const first = await cooldown.pass();
    expect(first('limited', limited(1000))).toBe(false); // not a probe: its caller's retry policy decides
    const queue = [cooldown.pass(), cooldown.pass(), cooldown.pass(), cooldown.pass(), cooldown.pass()];
    const answers: boolean[] = [];
    for (let window = 0; window < 4; window += 1) {
      await vi.advanceTimersByTimeAsync(1000);
      answers.push((await queue[window]!)('limited', limited(1000)));
    }
    expect(answers).toEqual([true, true, false, false]);
  });

  it('should let a probe with nobody behind it fail to its caller', async () => {
    const cooldown = createCooldown();
    cooldown.start(1000);
    const alone = cooldown.pass();
    await vi.advanceTimersByTimeAsync(1000);
    expect((await alone)('limited', limited(1000))).toBe(false);
  });

  it('should give the probe slot to the next waiter when the probe is cancelled or never reports', async () => {
    const cooldown = createCooldown({ probeTimeoutMs: 5000 });
    cooldown.start(1000);
    const released: number[] = [];
    const waits = [1, 2, 3].map((n) => cooldown.pass().then((ticket) => (released.push(n), ticket)));
    await vi.advanceTimersByTimeAsync(1000);
    (await waits[0]!)('cancelled');
    await vi.advanceTimersByTimeAsync(0);
    expect(released).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(4999); // the second probe is lost
    expect(released).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(1);
    expect(released).toEqual([1, 2, 3]);
  });

  it('should send the first request after an idle window end as the probe gatherMs later, the others after its answer', async () => {
    const cooldown = createCooldown({ gatherMs: 100 });
    cooldown.start(1000);
    await vi.advanceTimersByTimeAsync(1000); // the window ends; nobody waits
    const admitted: string[] = [];
    const first = cooldown.pass().then((ticket) => (admitted.push('first'), ticket));
    const second = cooldown.pass().then((ticket) => (admitted.push('second'), ticket));
    await vi.advanceTimersByTimeAsync(99);
    expect(admitted).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(admitted).toEqual(['first']);
    (await first)('ok');
    await second;
    expect(admitted).toEqual(['first', 'second']);
  });

  it('should end the window by its timer even when the clock reads a moment before its end', async () => {
    let behind = 0;
    const cooldown = createCooldown({ now: () => Date.now() - behind });
    cooldown.start(1000);
    let admitted = false;
    void cooldown.pass().then(() => (admitted = true));
    behind = 1;
    await vi.advanceTimersByTimeAsync(1000);
    expect(admitted).toBe(true);
    expect(cooldown.until()).toBe(0);
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
    expect(cooldown.windowFor(99_999_999_999_000)).toBe(MAX_COOLDOWN_MS);
    expect(cooldown.windowFor(Number.POSITIVE_INFINITY)).toBe(MAX_COOLDOWN_MS);
  });

  it('should open the default window, not the longest, for a length that is not a number', () => {
    const cooldown = createCooldown();
    cooldown.start(Number.NaN);
    expect(cooldown.until() - Date.now()).toBe(DEFAULT_RATE_LIMIT_COOLDOWN_MS);
    expect(cooldown.windowFor(Number.NaN)).toBe(DEFAULT_RATE_LIMIT_COOLDOWN_MS);
  });

  it.each([0, -5, 100])('should floor a Retry-After of %i ms at 500 ms plus up to 500 ms of jitter', (ms) => {
    const windows = [0, 0.5, 0.999].map((draw) => {
      const cooldown = createCooldown({ random: () => draw });
      cooldown.start(ms);
      return cooldown.until() - Date.now();
    });
    expect(windows).toEqual([500, 750, 999]);
    expect(createCooldown().windowFor(ms)).toBe(500);
  });

  it('should reject a waiter whose signal aborts, leaving the others waiting', async () => {
    const cooldown = createCooldown();
    cooldown.start(1000);
    const controller = new AbortController();
    const aborted = cooldown.pass(controller.signal);
    let otherIn = false;
    void cooldown.pass().then(() => (otherIn = true));
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(otherIn).toBe(true);
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
