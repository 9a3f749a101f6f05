import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createXModeClient, isXModeError, type XModeClient } from '../../src/core';
import { apiError, errorBody } from './helpers';

vi.mock('react', () => ({}));

/**
 * A scripted API: each request takes the next answer of its path (the last one repeats),
 * and every send is recorded with the fake clock's time.
 */
function scriptedApi(script: Record<string, Array<() => Response>>) {
  const sent: Array<{ path: string; method: string; at: number }> = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(String(input));
    sent.push({ path: url.pathname, method: init?.method ?? 'GET', at: performance.now() });
    const answers = script[url.pathname] ?? [() => Response.json({ ok: true })];
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    return answer();
  };
  return { sent, fetch, count: (path: string) => sent.filter((line) => line.path === path).length };
}

const limited = (retryAfter?: string) => () => apiError(429, errorBody('rate_limited'), retryAfter === undefined ? {} : { 'retry-after': retryAfter });
const ok = (body: unknown = { ok: true }) => () => Response.json(body);
const providerTimeout = (retryAfter?: string) => () => apiError(500, errorBody('provider_timeout'), retryAfter === undefined ? {} : { 'retry-after': retryAfter });

const clientFor = (fetch: typeof globalThis.fetch, options: { maxWaitMs?: number } = {}): XModeClient =>
  createXModeClient({ baseUrl: 'https://api.test', apiKey: 'xm_live_test00000000', fetch, ...options });

describe('createXModeClient: the client owns every wait (#20)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('should wait out a 429 and send the request again itself, when the Retry-After has passed', async () => {
    const api = scriptedApi({ '/v1/balance': [limited('1'), ok({ xTokens: 5 })] });
    const client = clientFor(api.fetch);
    const result = client.get('/v1/balance');
    await vi.advanceTimersByTimeAsync(999);
    expect(api.count('/v1/balance')).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toEqual({ xTokens: 5 });
    expect(api.sent.map((line) => line.at)).toEqual([0, 1_000]);
  });

  it('should hold every other request in the window and send them once the probe succeeded', async () => {
    const api = scriptedApi({ '/v1/balance': [limited('2'), ok()], '/v1/generations': [ok({ data: [] })] });
    const client = clientFor(api.fetch);
    const first = client.get('/v1/balance');
    await vi.advanceTimersByTimeAsync(10);
    const others = [client.get('/v1/generations'), client.post('/v1/end-users', { email: 'a@b.c' })];
    await vi.advanceTimersByTimeAsync(1_989);
    expect(api.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await Promise.all([first, ...others]);
    expect(api.sent.map((line) => `${line.method} ${line.path}`)).toEqual(['GET /v1/balance', 'GET /v1/balance', 'GET /v1/generations', 'POST /v1/end-users']);
  });

  it('should fail at once, unsent, a request whose wait would pass maxWaitMs, saying how long is left', async () => {
    const api = scriptedApi({ '/v1/balance': [limited('120')] });
    const client = clientFor(api.fetch);
    const error = await client.get('/v1/balance').catch((thrown: unknown) => thrown);
    expect(isXModeError(error) && error.code).toBe('rate_limited');
    expect(api.sent).toHaveLength(1);
    const next = await client.get('/v1/balance').catch((thrown: unknown) => thrown);
    expect(api.sent).toHaveLength(1);
    expect(isXModeError(next) && next.retryAfterMs).toBe(120_000);
  });

  it("should never open another client's window: two clients, one 429", async () => {
    const limitedApi = scriptedApi({ '/dashboard/billing': [limited('30'), ok()] });
    const healthyApi = scriptedApi({});
    const dashboard = clientFor(limitedApi.fetch);
    const v1 = clientFor(healthyApi.fetch);
    void dashboard.get('/dashboard/billing').catch(() => undefined);
    await vi.advanceTimersByTimeAsync(10);
    expect(dashboard.windows.rateLimit.until()).toBeGreaterThan(0);
    await expect(v1.get('/v1/balance')).resolves.toEqual({ ok: true });
    expect(v1.windows.rateLimit.until()).toBe(0);
  });

  it('should send a POST refused with 429 again (a 429 was not processed), once', async () => {
    const api = scriptedApi({ '/v1/generations': [limited('1'), ok({ id: 'gen_1' })] });
    const client = clientFor(api.fetch);
    const created = client.post('/v1/generations', { prompt: 'a lighthouse' });
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(created).resolves.toEqual({ id: 'gen_1' });
    expect(api.count('/v1/generations')).toBe(2);
  });

  it('should send a read again after internal_error once, and never a POST (it may have been applied)', async () => {
    const api = scriptedApi({
      '/v1/balance': [() => apiError(500, errorBody('internal_error')), ok()],
      '/v1/end-users': [() => apiError(500, errorBody('internal_error'))],
    });
    const client = clientFor(api.fetch);
    const read = client.get('/v1/balance');
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(read).resolves.toEqual({ ok: true });
    expect(api.count('/v1/balance')).toBe(2);

    const write = client.post('/v1/end-users', { email: 'a@b.c' }).catch((thrown: unknown) => thrown);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(isXModeError(await write) && (await write as { code: string }).code).toBe('internal_error');
    expect(api.count('/v1/end-users')).toBe(1);
  });

  it('should hold only generation requests during a provider outage: a balance read goes on', async () => {
    const api = scriptedApi({ '/v1/generations': [providerTimeout('30'), ok({ id: 'gen_1' })] });
    const client = clientFor(api.fetch);
    const created = client.post('/v1/generations', { prompt: 'a lighthouse' });
    await vi.advanceTimersByTimeAsync(10);
    expect(client.windows.provider.until()).toBeGreaterThan(0);
    await expect(client.get('/v1/balance')).resolves.toEqual({ ok: true });
    const second = client.post('/v1/generations', { prompt: 'a harbour' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(api.count('/v1/generations')).toBe(1);
    await vi.advanceTimersByTimeAsync(29_000);
    await expect(created).resolves.toEqual({ id: 'gen_1' });
    await expect(second).resolves.toEqual({ id: 'gen_1' });
  });

  it('should leave the wait when the request is aborted, as a silent abort', async () => {
    const api = scriptedApi({ '/v1/balance': [limited('10'), ok()] });
    const client = clientFor(api.fetch);
    const controller = new AbortController();
    const waiting = client.get('/v1/balance', { signal: controller.signal }).catch((thrown: unknown) => thrown);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    const error = await waiting;
    expect(isXModeError(error) && error.aborted).toBe(true);
    expect(api.sent).toHaveLength(1);
  });
});
