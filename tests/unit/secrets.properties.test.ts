import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createXModeClient, errorFromResponse, toXModeError, type XModeError } from '../../src/core';
import { leaked, plantedResponse, plantedThrow, printedForms } from './secretArbitraries';

vi.mock('react', () => ({}));

afterEach(() => {
  vi.useRealTimers();
});

// Property tests under a loaded CI machine: the runs are many, the time limit generous.
describe('no secret survives the boundary (property)', () => {
  it('errorFromResponse: a secret anywhere in a response is in nothing the error prints', async () => {
    await fc.assert(
      fc.asyncProperty(plantedResponse, async ({ planted, response }) => {
        const error = await errorFromResponse(response());
        expect(leaked(printedForms(error), planted)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('toXModeError: a secret anywhere in a thrown value is in nothing the error prints', () => {
    fc.assert(
      fc.property(plantedThrow, ({ planted, thrown }) => {
        const error = toXModeError(thrown());
        expect(leaked(printedForms(error), planted)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('the client: a secret in what fetch resolves or rejects with is in nothing the thrown error prints', async () => {
    vi.useFakeTimers();
    await fc.assert(
      fc.asyncProperty(fc.oneof(plantedResponse.map((r) => ({ ...r, reject: false as const })), plantedThrow.map((t) => ({ ...t, reject: true as const }))), async (input) => {
        const client = createXModeClient({
          baseUrl: 'https://api.test',
          apiKey: 'xm_live_clientKey000000',
          fetch: async () => {
            if (input.reject) throw input.thrown();
            return input.response();
          },
        });
        // A 429 or an outage is waited out and sent again by the client (on the fake clock),
        // until its rule or maxWaitMs gives up: the error it ends with is what is printed.
        const pending = client.get('/v1/balance').catch((thrown: unknown) => thrown);
        await vi.runAllTimersAsync();
        const error = (await pending) as XModeError;
        expect(leaked(printedForms(error), input.planted)).toBeUndefined();
        expect(printedForms(error).join('\n')).not.toContain('clientKey000000');
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
