import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NETWORK_FAILURE_MESSAGE, failNetworkErrorsInPage, type FetchHost } from '../../src/mocks/networkFailures';
import { activeScenarios, clearScenarios, forceScenario } from '../../src/mocks/scenarios';
import { toXModeError } from '../../src/core';

const API = 'http://xmode.test';

/** A page stand-in whose real `fetch` answers 200 and records what reached it. */
function fakePage() {
  const reached: string[] = [];
  const realFetch = vi.fn<typeof fetch>(async (input, init) => {
    reached.push(`${init?.method ?? (input instanceof Request ? input.method : 'GET')} ${new URL(input instanceof Request ? input.url : String(input)).pathname}`);
    return new Response('{}', { status: 200 });
  });
  const host: FetchHost = { fetch: realFetch };
  return { host, realFetch, reached };
}

describe('failNetworkErrorsInPage', () => {
  let restore: () => void = () => undefined;
  beforeEach(() => clearScenarios());
  afterEach(() => {
    restore();
    clearScenarios();
  });

  it('should reject a forced network_error in the page with a TypeError the client reads as network_error, never reaching the real fetch (#23)', async () => {
    const { host, reached } = fakePage();
    restore = failNetworkErrorsInPage(host);
    forceScenario('network_error', { times: 1 });
    const failure = await host.fetch(`${API}/v1/generations`).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError).message).toBe(NETWORK_FAILURE_MESSAGE);
    expect(toXModeError(failure).code).toBe('network_error');
    expect(reached).toEqual([]);
    // One-shot: used up, the next request goes through.
    expect(activeScenarios()).toEqual([]);
    await expect(host.fetch(`${API}/v1/generations`)).resolves.toBeInstanceOf(Response);
    expect(reached).toEqual(['GET /v1/generations']);
  });

  it.each([
    ['a request the scenario does not match (POST)', () => ({ input: `${API}/v1/generations`, init: { method: 'POST' } })],
    ['another path', () => ({ input: `${API}/v1/balance`, init: undefined })],
    ['a Request object for another method', () => ({ input: new Request(`${API}/v1/generations`, { method: 'POST', body: '{}' }), init: undefined })],
  ])('should let %s through to the real fetch and keep the scenario pending', async (_label, make) => {
    const { host, reached } = fakePage();
    restore = failNetworkErrorsInPage(host);
    forceScenario('network_error', { times: 2 });
    const { input, init } = make();
    await expect(host.fetch(input, init)).resolves.toBeInstanceOf(Response);
    expect(reached).toHaveLength(1);
    expect(activeScenarios()).toEqual([{ id: 'network_error', persistent: false, remaining: 2 }]);
  });

  it('should match a Request object and a URL object like a string', async () => {
    const { host, reached } = fakePage();
    restore = failNetworkErrorsInPage(host);
    forceScenario('network_error', { times: 2 });
    await expect(host.fetch(new Request(`${API}/v1/generations`))).rejects.toThrow(NETWORK_FAILURE_MESSAGE);
    await expect(host.fetch(new URL(`${API}/v1/generations`))).rejects.toThrow(NETWORK_FAILURE_MESSAGE);
    expect(reached).toEqual([]);
  });

  it('should leave the request to the worker when another forced scenario answers it first', async () => {
    const { host, reached } = fakePage();
    restore = failNetworkErrorsInPage(host);
    forceScenario('provider_error', { times: 1 });
    forceScenario('network_error', { times: 1 });
    await expect(host.fetch(`${API}/v1/generations`)).resolves.toBeInstanceOf(Response);
    expect(reached).toEqual(['GET /v1/generations']);
    // The worker's handlers use provider_error; network_error is still pending.
    expect(activeScenarios()).toEqual([
      { id: 'provider_error', persistent: false, remaining: 1 },
      { id: 'network_error', persistent: false, remaining: 1 },
    ]);
  });

  it('should put the original fetch back', () => {
    const { host, realFetch } = fakePage();
    failNetworkErrorsInPage(host)();
    expect(host.fetch).toBe(realFetch);
  });
});
