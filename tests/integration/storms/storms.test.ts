import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { arrivedWhile, ok, outage, rateLimited, runStorm, seeded, type SentRequest, type StormResult } from './stormKit';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const LATENCY_MS = 5;
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

/** Requests sent once the first error had come back, while errors still came back. */
function afterFirstError(result: StormResult, failing: (elapsed: number) => boolean): SentRequest[] {
  const firstErrorAt = Math.min(...result.log.filter((request) => request.status !== 200).map((request) => request.arrivedAt!));
  return arrivedWhile(result, failing).filter((request) => request.sentAt >= firstErrorAt);
}

/** True when no two of `requests` were in flight at once. */
function oneAtATime(requests: SentRequest[]): boolean {
  return requests.every((request, index) => index === 0 || request.sentAt >= requests[index - 1]!.arrivedAt!);
}

describe('storms through createXModeClient and createXModeQueryClient', () => {
  it.each(SEEDS)('503 burst (seed %i): one probe at a time, the first within a fraction of the outage after it ends, then every query at once', async (seed) => {
    const outageMs = 2_000;
    const result = await runStorm({
      queries: 20,
      answer: (elapsed) => (elapsed < outageMs ? outage() : ok),
      latencyMs: () => LATENCY_MS,
      random: seeded(seed),
      runMs: 20_000,
    });
    expect(result.dataAt.every((at) => at !== undefined)).toBe(true);
    const failing = (elapsed: number) => elapsed < outageMs;
    expect(oneAtATime(afterFirstError(result, failing))).toBe(true);
    const after = arrivedWhile(result, (elapsed) => !failing(elapsed));
    // One request per query after the outage: the probe, then the 19 it released together.
    expect(after).toHaveLength(20);
    expect(after.every((request) => request.status === 200)).toBe(true);
    // The window at 2 s into an outage is an eighth of it (250 ms ± 20 %), so the probe goes by then.
    const probeSentAt = after[0]!.sentAt - result.startedAt;
    expect(probeSentAt).toBeLessThanOrEqual(outageMs + 300);
    // Nobody sleeps in a retry timer of its own: the rest go as soon as the probe is answered.
    expect(after.slice(1).every((request) => request.sentAt === after[0]!.arrivedAt)).toBe(true);
  });

  it.each(SEEDS)('persistent 429 (seed %i): one request per window after the first burst, at most N + windows in all', async (seed) => {
    const limitedMs = 5_000;
    const queries = 10;
    const result = await runStorm({
      queries,
      answer: (elapsed) => (elapsed < limitedMs ? rateLimited('1') : ok),
      latencyMs: () => LATENCY_MS,
      random: seeded(seed),
      runMs: 30_000,
    });
    expect(result.dataAt.every((at) => at !== undefined)).toBe(true);
    const failing = (elapsed: number) => elapsed < limitedMs;
    const windows = Math.ceil(limitedMs / 1_000);
    expect(arrivedWhile(result, failing).length).toBeLessThanOrEqual(queries + windows);
    expect(oneAtATime(afterFirstError(result, failing))).toBe(true);
    expect(result.log).toHaveLength(queries + windows + queries - 1);
  });

  it.each(SEEDS)('Retry-After: 0 (seed %i): waits at least 500 ms between two tries, one request each', async (seed) => {
    const limitedMs = 1_000;
    const queries = 10;
    const result = await runStorm({
      queries,
      answer: (elapsed) => (elapsed < limitedMs ? rateLimited('0') : ok),
      latencyMs: () => LATENCY_MS,
      random: seeded(seed),
      runMs: 30_000,
    });
    expect(result.dataAt.every((at) => at !== undefined)).toBe(true);
    const failing = (elapsed: number) => elapsed < limitedMs;
    const retries = afterFirstError(result, failing);
    expect(oneAtATime(retries)).toBe(true);
    const gaps = retries.map((request, index) => request.sentAt - (index === 0 ? retries[0]!.sentAt - 500 : retries[index - 1]!.arrivedAt!));
    expect(gaps.every((gap) => gap >= 500)).toBe(true);
    expect(arrivedWhile(result, failing).length).toBeLessThanOrEqual(queries + limitedMs / 500);
  });

  it('Retry-After: 1 (#20): one scheduler waits, so the request goes again exactly 1 s after the 429 arrived, not 1.1 s', async () => {
    const result = await runStorm({
      queries: 1,
      answer: (elapsed) => (elapsed < LATENCY_MS + 1 ? rateLimited('1') : ok),
      latencyMs: () => LATENCY_MS,
      random: seeded(10),
      runMs: 5_000,
    });
    expect(result.log.map((request) => request.status)).toEqual([429, 200]);
    expect(result.log[1]!.sentAt - result.log[0]!.arrivedAt!).toBe(1_000);
  });

  it('503 with Retry-After: 3 (RFC 9110): no request until the server said, then a probe and every query', async () => {
    const outageMs = 2_000;
    const result = await runStorm({
      queries: 10,
      answer: (elapsed) => (elapsed < outageMs ? outage({ 'retry-after': '3' }) : ok),
      latencyMs: () => LATENCY_MS,
      random: seeded(9),
      runMs: 20_000,
    });
    expect(result.dataAt.every((at) => at !== undefined)).toBe(true);
    const [firstError] = result.log;
    const retries = result.log.slice(10);
    expect(retries.every((request) => request.sentAt >= firstError!.arrivedAt! + 3_000)).toBe(true);
    expect(retries).toHaveLength(10);
    expect(retries.every((request) => request.status === 200)).toBe(true);
  });
});
