import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok, outage, runStorm, seeded } from './stormKit';

beforeEach(() => vi.useFakeTimers());
// Many seeded storms, each a few fake seconds.
vi.setConfig({ testTimeout: 60_000 });
afterEach(() => vi.useRealTimers());

/** The circuit's longest window of its own (no Retry-After), with its jitter. */
const LONGEST_WINDOW_MS = 8_000 * 1.2;
/** The longest retry delay of the module's policy for an outage (its 3rd retry), for a probe failed after the hold. */
const LONGEST_BACKOFF_MS = 8_000;

describe('outage circuit liveness', () => {
  it('should settle every query soon after an outage ends (a window, or a retry delay after the hold), whatever the timing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          seed: fc.integer(),
          queries: fc.integer({ min: 1, max: 20 }),
          outageMs: fc.integer({ min: 0, max: 12_000 }),
          maxLatencyMs: fc.integer({ min: 1, max: 60 }),
          // Date.now() and the timers' clock are different sources, rounded differently: a
          // window's timer may fire while Date.now() still reads a moment before its end.
          clockErrorMs: fc.constantFrom(0, 0.5, 1, 2),
        }),
        async ({ seed, queries, outageMs, maxLatencyMs, clockErrorMs }) => {
          const random = seeded(seed);
          const jitter = seeded(seed ^ 0x5bd1e995);
          const result = await runStorm({
            queries,
            answer: (elapsed) => (elapsed < outageMs ? outage() : ok),
            latencyMs: () => 1 + random() * maxLatencyMs,
            random,
            circuit: { now: () => Date.now() - jitter() * clockErrorMs },
            runMs: outageMs + LONGEST_WINDOW_MS + LONGEST_BACKOFF_MS + 4 * maxLatencyMs + 100,
          });
          result.final.forEach((state, query) => {
            // Nothing still waiting or failing: data, or the outage's error once every attempt met the outage.
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
