import { describe, expect, it, vi } from 'vitest';
import { createXModeClient, isXModeError } from '../../src/core';
import { MAX_SUCCESS_BODY_BYTES } from '../../src/core/createXModeClient';
import { apiError, errorBody } from './helpers';

vi.mock('react', () => ({}));

const KEY = 'xm_live_s3cr3tKEY0123456789';

function clientWith(respond: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const client = createXModeClient({
    baseUrl: 'https://api.test/',
    apiKey: KEY,
    fetch: async (input, init = {}) => {
      calls.push({ url: String(input), init });
      return respond(String(input), init);
    },
  });
  return { client, calls };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('createXModeClient', () => {
  it('should send the bearer key and JSON body, and parse the JSON answer', async () => {
    const { client, calls } = clientWith(() => Response.json({ id: 'gen_1' }, { status: 201 }));
    await expect(client.post('/v1/generations', { prompt: 'a cat' })).resolves.toEqual({ id: 'gen_1' });
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect(calls[0]?.url).toBe('https://api.test/v1/generations');
    expect(headers.authorization).toBe(`Bearer ${KEY}`);
    expect(headers['content-type']).toBe('application/json');
    expect(calls[0]?.init.body).toBe('{"prompt":"a cat"}');
  });

  it('should build query strings and skip undefined values', async () => {
    const { client, calls } = clientWith(() => Response.json([]));
    await client.get('v1/generations', { query: { limit: 10, cursor: undefined, q: 'a b' } });
    expect(calls[0]?.url).toBe('https://api.test/v1/generations?limit=10&q=a+b');
  });

  it('should read the key from a function on every request, and send none when absent', async () => {
    let key = undefined as string | undefined;
    const seen: Array<string | undefined> = [];
    const client = createXModeClient({
      baseUrl: '/api',
      apiKey: () => key,
      fetch: async (_input, init) => {
        seen.push((init?.headers as Record<string, string>).authorization);
        return Response.json({});
      },
    });
    await client.get('/v1/balance');
    key = KEY;
    await client.get('/v1/balance');
    expect(seen).toEqual([undefined, `Bearer ${KEY}`]);
  });

  it('should resolve undefined for 204', async () => {
    const { client } = clientWith(() => new Response(null, { status: 204 }));
    await expect(client.delete('/v1/end-users/a@b.c')).resolves.toBeUndefined();
  });

  it('should throw the XModeError of an error response', async () => {
    const { client } = clientWith(() => apiError(409, errorBody('conflict', 'has running generations')));
    const error = await rejection(client.delete('/v1/end-users/a@b.c'));
    expect(isXModeError(error) && error.code).toBe('conflict');
  });

  it('should throw unexpected_response for a 2xx that is not JSON', async () => {
    const { client } = clientWith(() => new Response('<html>ok</html>', { status: 200 }));
    const error = await rejection(client.get('/v1/balance'));
    expect(isXModeError(error) && error.code).toBe('unexpected_response');
  });

  it('should not read a success body past MAX_SUCCESS_BODY_BYTES', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(32);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const { client } = clientWith(() => new Response(body, { status: 200 }));
    const error = await rejection(client.get('/v1/generations'));
    expect(isXModeError(error) && error.code).toBe('unexpected_response');
    expect(pulled).toBeLessThanOrEqual(MAX_SUCCESS_BODY_BYTES + 2 * chunk.byteLength);
  });

  it('should throw network_error when fetch has no response', async () => {
    const { client } = clientWith(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await rejection(client.get('/v1/balance'));
    expect(isXModeError(error) && error.code).toBe('network_error');
  });

  it('should throw an aborted network_error when the signal aborts', async () => {
    const controller = new AbortController();
    const { client } = clientWith((_url, init) =>
      new Promise((_resolve, reject) => {
        if (init.signal?.aborted) reject(init.signal.reason);
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      }),
    );
    const pending = rejection(client.get('/v1/balance', { signal: controller.signal }));
    controller.abort();
    const error = await pending;
    expect(isXModeError(error) && error.aborted).toBe(true);
  });

  it('should never put the key in an error, its JSON or its cause', async () => {
    const { client } = clientWith(() => apiError(401, errorBody('unauthorized', `key ${KEY} was revoked`)));
    const error = await rejection(client.get('/v1/balance'));
    const seen = [String(error), JSON.stringify(error), String((error as Error).cause), (error as Error).stack ?? ''];
    for (const text of seen) expect(text).not.toContain('s3cr3tKEY');
  });

  it('should not expose the key on the client object', () => {
    const { client } = clientWith(() => Response.json({}));
    expect(JSON.stringify(client)).not.toContain('s3cr3t');
    expect(Object.values(client).join(' ')).not.toContain('s3cr3t');
  });

  it('should refuse an empty baseUrl with a clear message', () => {
    expect(() => createXModeClient({ baseUrl: '' })).toThrow(/baseUrl/);
  });
});
