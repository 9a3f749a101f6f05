import { describe, expect, it, vi } from 'vitest';
import { XModeError, createXModeClient, errorFromResponse, isXModeError, toXModeError } from '../../src/core';
import { apiError, errorBody } from './helpers';
import { printedForms } from './secretArbitraries';

vi.mock('react', () => ({}));

const SECRET = 'S3cr3tKeyBody0123';
const KEY = `xm_live_${SECRET}`;

/** Everything a log line, a console or a serializer prints of an error, and what it carries. */
function printed(error: XModeError): string {
  return [...printedForms(error), error.requestId ?? '', Object.keys(error.fields).join(' '), Object.values(error.fields).join(' ')].join('\n');
}

function expectNoSecret(error: XModeError, secret = SECRET) {
  expect(printed(error).toLowerCase()).not.toContain(secret.toLowerCase());
}

describe('redaction at the boundary', () => {
  it.each([
    ['a zero-width space inside the key', `xm_live_S3cr\u200B3tKeyBody0123`],
    ['zero-width joiners between the prefix letters', `x\u200Dm_li\u200Cve_${SECRET}`],
    ['soft hyphens and a word joiner', `xm_\u00ADlive_${SECRET.slice(0, 6)}\u2060${SECRET.slice(6)}`],
    ['a BOM before the bearer token', `Bearer \uFEFF${SECRET}`],
  ])('should redact %s in a server message (invisible characters change nothing a person sees)', async (_label, text) => {
    const error = await errorFromResponse(apiError(400, errorBody('validation_error', `rejected: ${text}.`)));
    const visible = printed(error).replace(/[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g, '');
    expect(visible.toLowerCase()).not.toContain(SECRET.toLowerCase());
    expect(visible).toContain('[redacted]');
  });

  it('should keep the invisible characters of a message without a secret (an emoji sequence stays whole)', async () => {
    const family = 'Family \u{1F468}\u200D\u{1F469}\u200D\u{1F467} not found';
    const error = await errorFromResponse(apiError(404, errorBody('not_found', family)));
    expect(printed(error)).toContain(family);
  });

  it.each([
    ['a key in any case', `XM_LIVE_${SECRET}`],
    ['a test key', `xm_test_${SECRET}`],
    ['a key glued to a word', `token_${KEY}`],
    ['a URL-encoded bearer header', `Bearer%20${KEY}`],
    ['a percent-encoded key', `xm%5Flive%5F${SECRET}`],
    ['a form-encoded bearer token', `Bearer+${SECRET}`],
    ['a bearer token of any shape', `Authorization: Bearer ${SECRET}`],
    ['a basic credential', `Authorization: Basic ${SECRET}`],
  ])('should redact %s in a server message', async (_label, text) => {
    expectNoSecret(await errorFromResponse(apiError(400, errorBody('validation_error', `rejected: ${text}.`))));
  });

  it('should redact a key in a fields key, and move that entry to the form level', async () => {
    const error = await errorFromResponse(
      apiError(400, errorBody('validation_error', 'bad', { [`Authorization: Bearer ${KEY}`]: 'is not allowed', prompt: 'is required' })),
    );
    expectNoSecret(error);
    expect(error.fields).toMatchObject({ prompt: 'is required', _form: 'is not allowed' });
  });

  it('should drop an x-request-id that carries a key', async () => {
    const error = await errorFromResponse(apiError(500, errorBody('internal_error'), { 'x-request-id': KEY }));
    expectNoSecret(error);
    expect(error.requestId).toBeUndefined();
  });

  it('should redact a request id given to the constructor', () => {
    const error = new XModeError({ code: 'internal_error', status: 500, requestId: `req_${KEY}` });
    expectNoSecret(error);
  });

  it('should keep a redacted cause chain: name, message, stack, own props and nested causes', () => {
    const root = Object.assign(new Error(`socket closed for ${KEY}`), { code: 'ECONNRESET', [`header ${KEY}`]: 1 });
    const headerError = new TypeError(`Headers.append: "Bearer ${KEY}\n" is an invalid header value.`, { cause: root });
    const error = toXModeError(headerError);
    expectNoSecret(error);
    // What helps debugging stays: the type, the redacted text, the chain, other props.
    const cause = error.cause as Error;
    expect(cause).toBeInstanceOf(TypeError);
    expect(cause.message).toBe('Headers.append: "Bearer xm_[redacted]\n" is an invalid header value.');
    expect(cause.stack).toContain('redaction.test.ts');
    const inner = cause.cause as Error & { code?: string };
    expect(inner.message).toBe('socket closed for xm_[redacted]');
    expect(inner.code).toBe('ECONNRESET');
  });

  it('should redact credentials under header-like names whatever they hold', () => {
    const thrown = Object.assign(new Error('Request failed with status 502'), {
      config: { headers: { Authorization: 'Basic dXNlcjpwYXNzd29yZA==', 'X-Api-Key': 'k-12', Accept: 'application/json' } },
    });
    const error = toXModeError(thrown);
    const text = printed(error);
    expect(text).not.toContain('dXNlcjpwYXNzd29yZA');
    expect(text).not.toContain('k-12');
    expect(text).toContain('application/json');
  });

  it('should survive a cause chain with a cycle, a throwing getter and a foreign DOMException', () => {
    const a = new Error(`a ${KEY}`);
    const b = new Error('b', { cause: a });
    (a as Error & { cause?: unknown }).cause = b;
    Object.defineProperty(a, 'boom', { enumerable: true, get: () => { throw new Error(KEY); } });
    const error = toXModeError(new DOMException(`aborted ${KEY}`, 'AbortError'));
    expectNoSecret(error);
    expect((error.cause as DOMException).name).toBe('AbortError');
    expectNoSecret(toXModeError(b));
  });

  it('should redact a thrown string, a thrown body and a thrown AggregateError', () => {
    expectNoSecret(toXModeError(`failed with ${KEY}`));
    expectNoSecret(toXModeError({ error: { code: 'conflict', message: KEY, fields: { [KEY]: KEY } } }));
    expectNoSecret(toXModeError(new AggregateError([new Error(KEY)], 'many failed')));
  });

  it('should rebuild a foreign XModeError through the redacting constructor', () => {
    const foreign = Object.assign(new Error(`copy ${KEY}`), { name: 'XModeError', code: 'conflict', status: 409, fields: { [KEY]: KEY } });
    const error = toXModeError(foreign);
    expect(isXModeError(error) && error.code).toBe('conflict');
    expect(error.status).toBe(409);
    expectNoSecret(error);
  });

  it('should redact what undici throws for a key with a line break, sent by the client', async () => {
    const client = createXModeClient({ baseUrl: 'https://api.test', apiKey: `${KEY}\r\nX-Injected: 1`, fetch: (...args) => fetch(...args) });
    const error = await client.get('/v1/balance').catch((thrown: unknown) => thrown);
    expect(isXModeError(error)).toBe(true);
    expectNoSecret(error as XModeError);
  });
});

describe('redacted cause copies', () => {
  it('should not call getters, and keep a __proto__ prop a prop', () => {
    let called = 0;
    const thrown = JSON.parse('{"__proto__":{"polluted":true},"detail":"x"}') as Record<string, unknown>;
    Object.defineProperty(thrown, 'lazy', { enumerable: true, get: () => { called += 1; return 'xm_live_fromGetter0000'; } });
    const cause = toXModeError(thrown).cause as Record<string, unknown>;
    expect(called).toBe(0);
    expect(cause.lazy).toBe('[Getter]');
    expect(Object.getPrototypeOf(cause)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(cause, '__proto__')?.value).toEqual({ polluted: true });
  });
});
