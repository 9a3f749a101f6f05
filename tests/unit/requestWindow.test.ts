import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRequestWindow, outageWindowMs, rateLimitWindowMs } from '../../src/core/requestWindow';

vi.mock('react', () => ({}));

/** Lets every settled promise's callbacks run (no time passes). */
const flush = () => vi.advanceTimersByTimeAsync(0);

describe('createRequestWindow', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('should let a request through at once when no window was ever opened', async () => {
    const window = createRequestWindow();
    const ticket = await window.pass();
    expect(ticket).toBeTypeOf('function');
    expect(window.until()).toBe(0);
    expect(window.active()).toBe(false);
  });

  it('should hold requests until the window ends, then let one go first (the probe)', async () => {
    const window = createRequestWindow();
    window.open(1_000);
    const admitted: number[] = [];
    for (const id of [1, 2, 3]) void window.pass().then(() => admitted.push(id));
    await vi.advanceTimersByTimeAsync(999);
    expect(admitted).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(admitted).toEqual([1]);
    expect(window.until()).toBe(0);
    expect(window.active()).toBe(true);
  });

  it("should release every waiting request when the probe's answer says the cause is over", async () => {
    const window = createRequestWindow();
    window.open(500);
    const tickets: Array<(over: boolean) => void> = [];
    const admitted: number[] = [];
    for (const id of [1, 2, 3]) {
      void window.pass().then((ticket) => {
        admitted.push(id);
        if (ticket) tickets.push(ticket);
      });
    }
    await vi.advanceTimersByTimeAsync(500);
    tickets[0]!(true);
    await flush();
    expect(admitted).toEqual([1, 2, 3]);
    expect(window.active()).toBe(false);
  });

  it('should keep the others waiting when the probe meets the cause again (the window opens anew)', async () => {
    const window = createRequestWindow();
    window.open(500);
    const admitted: number[] = [];
    for (const id of [1, 2]) void window.pass().then(() => admitted.push(id));
    await vi.advanceTimersByTimeAsync(500);
    expect(admitted).toEqual([1]);
    window.open(500); // the probe got another 429
    await vi.advanceTimersByTimeAsync(499);
    expect(admitted).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(admitted).toEqual([1, 2]);
  });

  it('should hand the probe to the next request when the probe brought no answer', async () => {
    const window = createRequestWindow();
    window.open(100);
    const tickets: Array<(over: boolean) => void> = [];
    const admitted: number[] = [];
    for (const id of [1, 2]) {
      void window.pass().then((ticket) => {
        admitted.push(id);
        if (ticket) tickets.push(ticket);
      });
    }
    await vi.advanceTimersByTimeAsync(100);
    tickets[0]!(false);
    await flush();
    expect(admitted).toEqual([1, 2]);
    expect(window.active()).toBe(true);
  });

  it('should never shorten an open window', () => {
    const window = createRequestWindow();
    window.open(5_000);
    const until = window.until();
    window.open(1_000);
    expect(window.until()).toBe(until);
    window.open(6_000);
    expect(window.until()).toBeGreaterThan(until);
  });

  it('should answer undefined at once for a request that would wait longer than its limit, and at its limit while in line', async () => {
    const window = createRequestWindow();
    window.open(10_000);
    await expect(window.pass(undefined, 5_000)).resolves.toBeUndefined();
    const inLine = window.pass(undefined, 20_000);
    window.open(60_000);
    let result: unknown = 'pending';
    void inLine.then((value) => (result = value));
    await vi.advanceTimersByTimeAsync(20_000);
    expect(result).toBeUndefined();
  });

  it("should reject with the signal's reason when the waiting request is aborted", async () => {
    const window = createRequestWindow();
    window.open(1_000);
    const controller = new AbortController();
    const waiting = window.pass(controller.signal);
    controller.abort(new Error('left the page'));
    await expect(waiting).rejects.toThrow('left the page');
  });

  it('should end at once when told (another tab saw the window end) and let the probe go', async () => {
    const window = createRequestWindow();
    window.open(60_000);
    const admitted: number[] = [];
    void window.pass().then(() => admitted.push(1));
    window.end();
    await flush();
    expect(admitted).toEqual([1]);
  });

  it('should let the next request go when a probe never reports', async () => {
    const window = createRequestWindow();
    window.open(100);
    const admitted: number[] = [];
    for (const id of [1, 2]) void window.pass().then(() => admitted.push(id));
    await vi.advanceTimersByTimeAsync(100);
    expect(admitted).toEqual([1]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(admitted).toEqual([1, 2]);
  });

  it('should end by its monotonic timer whatever the wall clock does', async () => {
    const window = createRequestWindow();
    window.open(5_000);
    const admitted: number[] = [];
    void window.pass().then(() => admitted.push(1));
    vi.setSystemTime(Date.now() - 60 * 60_000); // the wall clock jumps back an hour
    await vi.advanceTimersByTimeAsync(5_000);
    expect(admitted).toEqual([1]);
  });

  it('should notify its subscribers when it opens, ends and closes', async () => {
    const window = createRequestWindow();
    const seen: number[] = [];
    window.subscribe(() => seen.push(window.until()));
    window.open(1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    window.close();
    expect(seen).toHaveLength(3);
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen.slice(1)).toEqual([0, 0]);
  });
});

describe('window lengths', () => {
  it.each([
    [undefined, 1_000],
    [Number.NaN, 1_000],
    [2_000, 2_000],
    [99_999_999_999, 10 * 60_000],
  ])('should open a 429 window of %s ms Retry-After as %s ms', (retryAfterMs, expected) => {
    expect(rateLimitWindowMs(retryAfterMs)).toBe(expected);
  });

  it('should turn a Retry-After below 500 ms into 500 ms plus up to as much again of jitter', () => {
    expect(rateLimitWindowMs(0, () => 0)).toBe(500);
    expect(rateLimitWindowMs(0, () => 0.999)).toBe(999);
  });

  it('should grow an outage window with the outage, within 250 ms and 8 s, and honour a longer Retry-After up to a minute', () => {
    const still = () => 0.5; // no jitter
    expect(outageWindowMs(0, undefined, still)).toBe(250);
    expect(outageWindowMs(16_000, undefined, still)).toBe(2_000);
    expect(outageWindowMs(600_000, undefined, still)).toBe(8_000);
    expect(outageWindowMs(0, 30_000, still)).toBe(30_000);
    expect(outageWindowMs(0, 3_600_000, still)).toBe(60_000);
  });
});
