import { afterEach, describe, expect, it, vi } from 'vitest';
import { createXModeClient, isXModeError, type XModeError } from '../../src/core';
import { apiError, errorBody } from './helpers';

vi.mock('react', () => ({}));

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

type Answer = (init: RequestInit) => unknown;

function clientWith(answer: Answer, options: { readTimeoutMs?: number } = {}) {
  let sent = 0;
  const client = createXModeClient({
    baseUrl: 'https://api.test',
    apiKey: 'xm_live_hostileKey0000',
    fetch: async (_input, init = {}) => {
      sent += 1;
      return answer(init) as Response;
    },
    ...options,
  });
  return { client, sent: () => sent };
}

/** The first outage window: 250 ms with no jitter (`outageWindowMs` at age 0, Math.random 0.5). */
const FIRST_OUTAGE_WINDOW_MS = 250;

async function failure(promise: Promise<unknown>): Promise<XModeError> {
  const thrown = await promise.then(
    () => new Error('expected the request to fail'),
    (error: unknown) => error,
  );
  if (!isXModeError(thrown)) throw new Error(`expected an XModeError, got ${String(thrown)}`);
  return thrown;
}

/** A fetch that answers only when its signal aborts, rejecting with the signal's reason (as browsers do). */
const waitForAbort: Answer = (init) =>
  new Promise((_resolve, reject) => {
    if (init.signal?.aborted) reject(init.signal.reason);
    init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
  });

/** A body that sends `head`, then nothing: errored with the signal's reason on abort when `follow`. */
function stalled(head: string, signal?: AbortSignal | null) {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(head));
      signal?.addEventListener('abort', () => controller.error(signal.reason));
    },
  });
}

describe('createXModeClient: aborts and timeouts', () => {
  it('should settle a user abort with any reason as a silent abort', async () => {
    const controller = new AbortController();
    const { client } = clientWith(waitForAbort);
    const pending = failure(client.get('/v1/balance', { signal: controller.signal }));
    controller.abort(new Error('user closed the dialog'));
    const error = await pending;
    expect(error).toMatchObject({ code: 'network_error', aborted: true });
    expect((error.cause as Error).message).toBe('user closed the dialog');
  });

  it('should settle an abort while an error body streams as an abort, not internal_error', async () => {
    const controller = new AbortController();
    const { client } = clientWith((init) => new Response(stalled('{"error":{"code":"inter', init.signal), { status: 500 }));
    const pending = failure(client.get('/v1/balance', { signal: controller.signal }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    expect(await pending).toMatchObject({ aborted: true, status: 500 });
  });

  it('should settle an abort even when the body stream ignores the signal', async () => {
    const controller = new AbortController();
    const { client } = clientWith(() => new Response(stalled('{"error":'), { status: 500 }));
    const pending = failure(client.get('/v1/balance', { signal: controller.signal }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort(new Error('navigated away'));
    expect(await pending).toMatchObject({ aborted: true });
  });

  it('should settle AbortSignal.timeout as timeout: not an abort, not offline', async () => {
    const { client } = clientWith(waitForAbort);
    const error = await failure(client.get('/v1/balance', { signal: AbortSignal.timeout(10) }));
    expect(error).toMatchObject({ code: 'timeout', status: 0, aborted: false });
  });

  it('should settle a body stalled after its headers within readTimeoutMs, with no signal given', async () => {
    vi.useFakeTimers();
    const { client } = clientWith(() => new Response(stalled('{"items":['), { status: 200 }), { readTimeoutMs: 2_000 });
    const pending = failure(client.get('/v1/generations'));
    await vi.advanceTimersByTimeAsync(2_000);
    const error = await pending;
    expect(error).toMatchObject({ code: 'timeout', status: 200, aborted: false });
    expect(error.message).toMatch(/did not arrive within 2 s/);
  });

  it('should settle a stalled error body within the read timeout, with the code of its status', async () => {
    vi.useFakeTimers();
    const { client } = clientWith(() => new Response(stalled('{"error":{"code":"conflict","message":"busy'), { status: 409 }), { readTimeoutMs: 500 });
    const pending = failure(client.delete('/v1/end-users/a@b.c'));
    await vi.advanceTimersByTimeAsync(500);
    expect(await pending).toMatchObject({ code: 'conflict', status: 409 });
  });

  it('should bound the read by default (30 s) when nothing is configured', async () => {
    vi.useFakeTimers();
    const { client } = clientWith(() => new Response(stalled('['), { status: 200 }));
    const pending = failure(client.get('/v1/generations'));
    await vi.advanceTimersByTimeAsync(30_000);
    expect((await pending).code).toBe('timeout');
  });
});

describe('createXModeClient: a fetch or a body that breaks the rules', () => {
  it.each([[undefined], [null], [{}], ['ok']])('should settle a fetch that resolves %j with unexpected_response', async (value) => {
    const { client } = clientWith(() => value);
    expect(await failure(client.get('/v1/balance'))).toMatchObject({ code: 'unexpected_response', status: 0 });
  });

  it('should settle a success body whose getter throws with an XModeError', async () => {
    const hostile = {
      ok: true,
      status: 200,
      headers: new Headers(),
      get body(): never {
        throw new TypeError("Cannot read properties of undefined (reading 'getReader')");
      },
      get bodyUsed(): never {
        throw new TypeError('no');
      },
    };
    const { client } = clientWith(() => hostile);
    expect(await failure(client.get('/v1/balance'))).toMatchObject({ code: 'unexpected_response', status: 200 });
  });

  it('should settle a response whose ok and status getters throw', async () => {
    const { client } = clientWith(() => ({ get ok(): never { throw new Error('proxy'); } }));
    expect((await failure(client.get('/v1/balance'))).code).toBe('unexpected_response');
  });

  it('should free the probe when a broken fetch resolves nothing, so the next request is sent at once', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    let answer: () => unknown = () => apiError(500, errorBody('internal_error'));
    const { client, sent } = clientWith(() => answer());
    const first = failure(client.get('/v1/balance'));
    await vi.advanceTimersByTimeAsync(0);
    expect(client.windows.outage.until()).toBeGreaterThan(0);
    answer = () => undefined; // the client's resend, the window's probe, is lost by a broken fetch
    await vi.advanceTimersByTimeAsync(FIRST_OUTAGE_WINDOW_MS);
    expect((await first).code).toBe('unexpected_response');
    expect(sent()).toBe(2);
    expect(client.windows.outage.active()).toBe(true);
    answer = () => Response.json({ xTokens: 1 });
    const next = client.get('/v1/balance');
    await vi.advanceTimersByTimeAsync(0);
    await expect(next).resolves.toEqual({ xTokens: 1 });
    expect(sent()).toBe(3);
    expect(client.windows.outage.active()).toBe(false);
  });

  it("should count a probe whose success body throws as an answer: the outage window closes", async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    let answer: () => unknown = () => apiError(500, errorBody('internal_error'));
    const { client } = clientWith(() => answer());
    const first = failure(client.get('/v1/balance'));
    await vi.advanceTimersByTimeAsync(0);
    answer = () => ({ ok: true, status: 200, headers: new Headers(), get body(): never { throw new TypeError('gone'); } });
    await vi.advanceTimersByTimeAsync(FIRST_OUTAGE_WINDOW_MS);
    expect(await first).toMatchObject({ code: 'unexpected_response', status: 200 });
    expect(client.windows.outage.active()).toBe(false);
  });
});
