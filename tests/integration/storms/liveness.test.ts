import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok, outage, runStorm, seeded } from './stormKit';

beforeEach(() => vi.useFakeTimers());
// Many seeded storms, each a few fake seconds.
vi.setConfig({ testTimeout: 60_000 });
afterEach(() => vi.useRealTimers());

/** The longest outage window of the client's own (no Retry-After), with its jitter. */
const LONGEST_WINDOW_MS = 8_000 * 1.2;

describe("the client's outage windows: liveness", () => {
  // Windows run on one monotonic clock (performance.now(), faked here with the timers): there
  // is no second clock left whose reading could disagree with a window's timer.
  it('should settle every query soon after an outage ends (one window after it), whatever the timing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          seed: fc.integer(),
          queries: fc.integer({ min: 1, max: 20 }),
          outageMs: fc.integer({ min: 0, max: 12_000 }),
          maxLatencyMs: fc.integer({ min: 1, max: 60 }),
        }),
        async ({ seed, queries, outageMs, maxLatencyMs }) => {
          const random = seeded(seed);
          const result = await runStorm({
            queries,
            answer: (elapsed) => (elapsed < outageMs ? outage() : ok),
            latencyMs: () => 1 + random() * maxLatencyMs,
            random,
            runMs: outageMs + LONGEST_WINDOW_MS + 4 * maxLatencyMs + 100,
          });
          result.final.forEach((state, query) => {
            // Nothing still waiting: data, or the outage's error once the client's resends all met the outage.
            expect({ query, fetchStatus: state.fetchStatus }).toEqual({ query, fetchStatus: 'idle' });
            if (state.status !== 'success') {
              const answers = result.log.filter((request) => request.query === query).map((request) => request.status);
              expect(answers.every((status) => status === 503)).toBe(true);
            }
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
