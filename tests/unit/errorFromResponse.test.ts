import { describe, expect, it, vi } from 'vitest';
import { FORM_FIELD, errorFromResponse, isXModeError } from '../../src/core';
import { MAX_FIELDS } from '../../src/core/fields';
import { MAX_MESSAGE_LENGTH } from '../../src/core/text';
import { MAX_RESPONSE_TEXT_LENGTH } from '../../src/core/XModeError';
import { apiError, errorBody } from './helpers';

vi.mock('react', () => ({}));

function raw(status: number, body: BodyInit | null, headers: Record<string, string> = {}) {
  return new Response(body, { status, headers });
}

describe('errorFromResponse', () => {
  describe('when the body is not the documented shape', () => {
    it('should map an HTML 502 from a proxy to internal_error (a server fault) without its HTML (#22)', async () => {
      const error = await errorFromResponse(
        raw(502, '<html><body><h1>502 Bad Gateway</h1></body></html>', { 'content-type': 'text/html' }),
      );
      expect(error).toMatchObject({ code: 'internal_error', status: 502, hasServerMessage: false });
      expect(error.message).not.toContain('<html>');
      expect(error.responseText).toBe('<html><body><h1>502 Bad Gateway</h1></body></html>');
    });

    it('should map a text/plain 503 without content-type to internal_error (#22)', async () => {
      const error = await errorFromResponse(raw(503, 'Service Unavailable'));
      expect(error).toMatchObject({ code: 'internal_error', status: 503, hasServerMessage: false });
    });

    it.each([
      [401, 'unauthorized'],
      [429, 'rate_limited'],
      [500, 'internal_error'],
      [502, 'internal_error'],
      [520, 'internal_error'],
      [529, 'internal_error'],
      [599, 'internal_error'],
      [400, 'unexpected_response'],
      [402, 'unexpected_response'],
      [403, 'unexpected_response'],
      [404, 'unexpected_response'],
      [409, 'unexpected_response'],
      [422, 'unexpected_response'],
      [451, 'unexpected_response'],
      [511, 'unexpected_response'],
      [302, 'unexpected_response'],
    ] as const)('should classify a %i whose body is not xMode\'s as %s (#22)', async (status, code) => {
      const error = await errorFromResponse(raw(status, '<html><body>Blocked by policy</body></html>', { 'content-type': 'text/html' }));
      expect(error).toMatchObject({ code, status, hasServerMessage: false });
      expect(error.message).not.toContain('Blocked');
    });

    it.each([
      ['truncated JSON', '{"error":{"code":"validation_err'],
      ['invalid JSON', '{error: validation_error}'],
      ['an empty body', ''],
      ['null', 'null'],
      ['a list', '[]'],
      ['a string', '"str"'],
      ['an error string', '{"error":"x"}'],
      ['an empty error', '{"error":{}}'],
    ])('should fall back by status for %s', async (_label, body) => {
      expect((await errorFromResponse(apiError(429, body))).code).toBe('rate_limited');
      expect((await errorFromResponse(apiError(418, body))).code).toBe('unexpected_response');
    });

    it('should keep the text of {"error":"x"} for logs, never as the message (#22)', async () => {
      const error = await errorFromResponse(apiError(400, { error: 'prompt is required' }));
      expect(error).toMatchObject({ code: 'unexpected_response', hasServerMessage: false, responseText: '{"error":"prompt is required"}' });
      expect(error.message).not.toContain('prompt is required');
    });

    it('should find the code of a body cut short by the network', async () => {
      const error = await errorFromResponse(apiError(500, '{"error":{"code":"provider_error","message":"upstream fai'));
      expect(error.code).toBe('provider_error');
    });

    it('should not take a code from a body that parses but has no error object', async () => {
      const error = await errorFromResponse(apiError(500, '{"note":"{\\"error\\":{\\"code\\":\\"conflict\\"}}"}'));
      expect(error.code).toBe('internal_error');
    });

    it('should handle a 204 / null body', async () => {
      const error = await errorFromResponse(new Response(null, { status: 204 }));
      expect(error).toMatchObject({ code: 'unexpected_response', status: 204 });
    });

    it('should not take the detail of application/problem+json, nor a forbidden from its 403 (#22)', async () => {
      const error = await errorFromResponse(
        raw(403, JSON.stringify({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Key lacks scope' }), {
          'content-type': 'application/problem+json',
        }),
      );
      expect(error).toMatchObject({ code: 'unexpected_response', status: 403, hasServerMessage: false });
      expect(error.message).not.toContain('Key lacks scope');
      expect(error.responseText).toContain('Key lacks scope');
    });

    it('should classify a body with an unknown code by its status, without its message or fields (#22)', async () => {
      const quota = await errorFromResponse(apiError(402, errorBody('quota_exceeded', 'Top up at vendor.example', { card: 'declined' })));
      expect(quota).toMatchObject({ code: 'unexpected_response', status: 402, hasServerMessage: false });
      expect(quota.message).not.toContain('Top up');
      expect({ ...quota.fields }).toEqual({});
      expect((await errorFromResponse(apiError(503, errorBody('maintenance')))).code).toBe('internal_error');
    });

    it('should not take a code the client assigns itself (timeout, network_error) from a body', async () => {
      const error = await errorFromResponse(apiError(400, errorBody('timeout', 'from elsewhere')));
      expect(error).toMatchObject({ code: 'unexpected_response', hasServerMessage: false });
    });

    it('should treat a 401 with no body as unauthorized, never account_blocked', async () => {
      expect((await errorFromResponse(raw(401, null))).code).toBe('unauthorized');
    });
  });

  describe('when code and status disagree', () => {
    it('should keep the documented code from the body and the real status', async () => {
      const error = await errorFromResponse(apiError(503, errorBody('provider_timeout')));
      expect(error).toMatchObject({ code: 'provider_timeout', status: 503 });
    });
  });

  describe('with a bounded read', () => {
    it('should read a huge body only up to the limit and still find the code', async () => {
      let pulled = 0;
      const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
      const prefix = new TextEncoder().encode('{"error":{"code":"internal_error","message":"');
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(prefix);
        },
        pull(controller) {
          pulled += chunk.byteLength;
          controller.enqueue(chunk);
          if (pulled > 50 * 1024 * 1024) controller.close();
        },
      });
      const error = await errorFromResponse(new Response(body, { status: 500 }));
      expect(error.code).toBe('internal_error');
      expect(pulled).toBeLessThan(2 * 1024 * 1024);
    });

    it('should survive a body stream that errors mid-way', async () => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"err'));
          controller.error(new Error('connection reset'));
        },
      });
      expect((await errorFromResponse(new Response(body, { status: 500 }))).code).toBe('internal_error');
    });

    it('should survive a body that was already read, classified by its status alone', async () => {
      const response = apiError(429, errorBody('rate_limited'));
      await response.text();
      expect(await errorFromResponse(response)).toMatchObject({ code: 'rate_limited', status: 429, hasServerMessage: false });
    });
  });

  describe('message', () => {
    it('should cut a 1 MB message to the maximum length', async () => {
      const error = await errorFromResponse(apiError(400, errorBody('validation_error', 'a'.repeat(1_000_000))));
      expect(error.code).toBe('validation_error');
      expect(error.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
      expect(error.message.endsWith('…')).toBe(true);
    });

    it('should keep HTML as literal text', async () => {
      const error = await errorFromResponse(apiError(400, errorBody('validation_error', '<img src=x onerror=alert(1)>')));
      expect(error.message).toBe('<img src=x onerror=alert(1)>');
    });

    it('should remove bidi control characters', async () => {
      const error = await errorFromResponse(apiError(400, errorBody('validation_error', 'abc\u202Edef\u2066g\u0007')));
      expect(error.message).toBe('abcdefg');
    });

    it.each([[42], [null], [{ text: 'x' }], [['a']]])('should replace a non-string message %j with a default', async (message) => {
      const error = await errorFromResponse(apiError(409, { error: { code: 'conflict', message } }));
      expect(error.code).toBe('conflict');
      expect(typeof error.message).toBe('string');
      expect(error.message.length).toBeGreaterThan(0);
    });

    it('should redact an API key or bearer token echoed by the server', async () => {
      const error = await errorFromResponse(
        apiError(401, errorBody('unauthorized', 'Key xm_live_abcDEF123 revoked (Authorization: Bearer xm_live_abcDEF123)')),
      );
      expect(error.message).not.toContain('abcDEF123');
      expect(JSON.stringify(error)).not.toContain('abcDEF123');
    });

    it("should keep the reference's own advice readable", async () => {
      const error = await errorFromResponse(apiError(401, errorBody('unauthorized', 'Check that you sent `Bearer xm_live_…`')));
      expect(error.message).toBe('Check that you sent `Bearer xm_live_…`');
    });
  });

  describe('fields', () => {
    it('should keep documented fields as path → message', async () => {
      const error = await errorFromResponse(
        apiError(400, errorBody('validation_error', 'bad', { endUserEmail: 'must be a valid email address' })),
      );
      expect({ ...error.fields }).toEqual({ endUserEmail: 'must be a valid email address' });
    });

    it.each([[null], [undefined]])('should give an empty object for fields %j', async (fields) => {
      const error = await errorFromResponse(apiError(400, { error: { code: 'validation_error', message: 'm', fields } }));
      expect({ ...error.fields }).toEqual({});
    });

    it('should move a string fields value to the form-level entry', async () => {
      const error = await errorFromResponse(apiError(400, errorBody('validation_error', 'm', 'prompt is too long')));
      expect({ ...error.fields }).toEqual({ [FORM_FIELD]: 'prompt is too long' });
    });

    it('should move an array fields value to the form-level entry, nothing lost', async () => {
      const error = await errorFromResponse(apiError(400, errorBody('validation_error', 'm', ['one', 'two'])));
      expect(error.fields[FORM_FIELD]).toBe('one; two');
    });

    it('should turn non-string values into text and nested values into paths', async () => {
      const error = await errorFromResponse(
        apiError(400, errorBody('validation_error', 'm', { count: 4, flag: true, images: [{ prompt: 'too long' }], tags: ['a', 'b'] })),
      );
      expect({ ...error.fields }).toEqual({ count: '4', flag: 'true', 'images.0.prompt': 'too long', tags: 'a; b' });
    });

    it('should route __proto__, constructor and prototype to the form-level entry without pollution', async () => {
      const body = '{"error":{"code":"validation_error","message":"m","fields":{"__proto__":{"polluted":"yes"},"constructor":"c","prototype":"p","a.__proto__.b":"n"}}}';
      const error = await errorFromResponse(apiError(400, body));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf(error.fields)).toBeNull();
      expect(Object.keys(error.fields)).toEqual([FORM_FIELD]);
      expect(error.fields[FORM_FIELD]).toContain('yes');
      expect(error.fields[FORM_FIELD]).toContain('c');
      expect(error.fields[FORM_FIELD]).toContain('p');
    });

    it('should cap thousands of keys and count the rest', async () => {
      const fields = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`f${i}`, 'bad']));
      const error = await errorFromResponse(apiError(400, errorBody('validation_error', 'm', fields)));
      expect(Object.keys(error.fields)).toHaveLength(MAX_FIELDS);
      expect(error.omittedFieldCount).toBe(5000 - MAX_FIELDS);
    });

    it('should keep fields on a non-validation code', async () => {
      const error = await errorFromResponse(apiError(422, errorBody('content_policy', 'm', { prompt: 'rejected' })));
      expect(error.fields.prompt).toBe('rejected');
    });

    it('should freeze fields', async () => {
      const error = await errorFromResponse(apiError(400, errorBody('validation_error', 'm', { a: 'b' })));
      expect(Object.isFrozen(error.fields)).toBe(true);
    });
  });

  describe('headers', () => {
    it('should read Retry-After and x-request-id', async () => {
      const error = await errorFromResponse(apiError(429, errorBody('rate_limited'), { 'retry-after': '3', 'x-request-id': 'req_9' }));
      expect(error).toMatchObject({ retryAfterMs: 3000, requestId: 'req_9' });
    });

    it('should drop an x-request-id that is not a plain token', async () => {
      const error = await errorFromResponse(apiError(500, errorBody('internal_error'), { 'x-request-id': '<script>' }));
      expect(error.requestId).toBeUndefined();
    });

    it('should read a Retry-After sent twice, joined as "120, 120", as 120 s (#22)', async () => {
      const headers = new Headers({ 'content-type': 'text/plain' });
      headers.append('retry-after', '120');
      headers.append('retry-after', '120');
      expect(headers.get('retry-after')).toBe('120, 120');
      const error = await errorFromResponse(new Response('Too Many Requests', { status: 429, headers }));
      expect(error).toMatchObject({ code: 'rate_limited', retryAfterMs: 120_000 });
    });

    it('should keep the identifying headers of the answer, and no other (#22)', async () => {
      const error = await errorFromResponse(
        raw(403, '<html>blocked</html>', {
          'content-type': 'text/html',
          server: 'cloudflare',
          via: '1.1 proxy.corp.example (squid/6.10)',
          'cf-ray': '81a1ef58fe724028-SIN',
          'x-amz-cf-id': 'yAVJq61sXZF698L6U0_OLf56TAV3ABYMca5wFC73ZQh1FcReiuFzwA==',
          'x-served-by': 'cache-fra-etou8220058-FRA',
          'set-cookie': '__cf_bm=secret; path=/',
          authorization: 'Bearer xm_live_abcdefghijklmnop',
          'x-debug': 'anything',
        }),
      );
      expect({ ...error.responseHeaders }).toEqual({
        server: 'cloudflare',
        via: '1.1 proxy.corp.example (squid/6.10)',
        'content-type': 'text/html',
        'cf-ray': '81a1ef58fe724028-SIN',
        'x-amz-cf-id': 'yAVJq61sXZF698L6U0_OLf56TAV3ABYMca5wFC73ZQh1FcReiuFzwA==',
        'x-served-by': 'cache-fra-etou8220058-FRA',
      });
      expect(Object.isFrozen(error.responseHeaders)).toBe(true);
      expect(JSON.stringify(error)).toContain('"cf-ray":"81a1ef58fe724028-SIN"');
      expect(JSON.stringify(error)).not.toMatch(/__cf_bm|xm_live_abc|x-debug/);
    });

    it('should bound and redact the text of a body that is not xMode\'s (#22)', async () => {
      const page = `<html><body>Your key xm_live_abcdefghijklmnop was blocked ${'padding '.repeat(100_000)}</body></html>`;
      const error = await errorFromResponse(raw(403, page, { 'content-type': 'text/html' }));
      expect(error.responseText?.length).toBeLessThanOrEqual(MAX_RESPONSE_TEXT_LENGTH);
      expect(error.responseText).toContain('xm_[redacted]');
      expect(JSON.stringify(error)).not.toContain('abcdefghijklmnop');
    });

    it('should keep no response text for a body in xMode\'s shape', async () => {
      const error = await errorFromResponse(apiError(409, errorBody('conflict', 'Has running generations')));
      expect(error).toMatchObject({ code: 'conflict', hasServerMessage: true, message: 'Has running generations' });
      expect(error.responseText).toBeUndefined();
    });
  });

  it('should never reject, even for something that is not a Response', async () => {
    for (const input of [null, undefined, 42, {}, { status: 'x', headers: null }]) {
      const error = await errorFromResponse(input as unknown as Response);
      expect(isXModeError(error)).toBe(true);
    }
  });
});

describe('errorFromResponse: hostile bodies and clocks', () => {
  it('should not believe a Date header from 1970: an HTTP-date Retry-After 30 s from now waits 30 s (#22)', async () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(Date.UTC(2026, 10, 25, 12, 0, 0));
      const error = await errorFromResponse(
        apiError(429, errorBody('rate_limited'), { 'retry-after': 'Wed, 25 Nov 2026 12:00:30 GMT', date: 'Thu, 01 Jan 1970 00:00:00 GMT' }),
      );
      expect(error.retryAfterMs).toBe(30_000);
    } finally {
      vi.useRealTimers();
    }
  });

  it('should measure an HTTP-date Retry-After against the response Date, whatever the client clock says', async () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(Date.UTC(2026, 10, 25, 12, 5, 0)); // 5 minutes fast
      const error = await errorFromResponse(
        apiError(429, errorBody('rate_limited'), { 'retry-after': 'Wed, 25 Nov 2026 12:00:30 GMT', date: 'Wed, 25 Nov 2026 12:00:00 GMT' }),
      );
      expect(error.retryAfterMs).toBe(30_000);
    } finally {
      vi.useRealTimers();
    }
  });

  it('should keep the code of a body cut at the read limit, but none of its cut words', async () => {
    const body = JSON.stringify(errorBody('validation_error', `Prompt rejected: ${'very '.repeat(300_000)}long`));
    const error = await errorFromResponse(apiError(400, body));
    expect(error.code).toBe('validation_error');
    // A cut sentence is no advice: the copy of the code says what to do.
    expect(error.hasServerMessage).toBe(false);
    expect(error.message).not.toContain('very very');
    expect(error.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  });

  it('should read the code of a cut body whatever the order of its members', async () => {
    const error = await errorFromResponse(apiError(500, `{"error":{"message":"upstream \\u00e9chec","code":"provider_error","fields":{"a":"${'x'.repeat(2_000_000)}`));
    expect(error.code).toBe('provider_error');
    expect(error.hasServerMessage).toBe(false);
  });

  it('should not show the message of a cut body whose code never arrived (#22)', async () => {
    const error = await errorFromResponse(apiError(500, `{"error":{"message":"upstream \\u00e9chec ${'x'.repeat(2_000_000)}`));
    expect(error).toMatchObject({ code: 'internal_error', hasServerMessage: false });
    expect(error.responseText?.startsWith('{"error":{"message":"upstream')).toBe(true);
  });

  it('should settle a body that stalls after its headers with the code of its status', async () => {
    vi.useFakeTimers();
    try {
      const body = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"err')) });
      const pending = errorFromResponse(new Response(body, { status: 500 }), { readTimeoutMs: 1_000 });
      await vi.advanceTimersByTimeAsync(1_000);
      const error = await pending;
      expect(error).toMatchObject({ code: 'internal_error', status: 500, hasServerMessage: false });
      expect(error.message).toMatch(/did not arrive within 1 s/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('should settle an abort while the body streams as an aborted error', async () => {
    const controller = new AbortController();
    const body = new ReadableStream<Uint8Array>({ start: (stream) => stream.enqueue(new TextEncoder().encode('{"err')) });
    const pending = errorFromResponse(new Response(body, { status: 500 }), { signal: controller.signal });
    controller.abort(new Error('user closed the dialog'));
    expect(await pending).toMatchObject({ aborted: true });
  });

  describe('fields as a list, not the documented map', () => {
    it.each([
      ['{ field, message }', [{ field: 'prompt', message: 'is required' }, { field: 'endUserEmail', message: 'must be a valid email address' }]],
      ['{ name, error }', [{ name: 'prompt', error: 'is required' }, { name: 'endUserEmail', error: 'must be a valid email address' }]],
      ['{ param, msg } (express-validator)', [{ param: 'prompt', msg: 'is required' }, { param: 'endUserEmail', msg: 'must be a valid email address' }]],
    ])('should give %s as form-level messages in their own words', async (_label, fields) => {
      const error = await errorFromResponse(apiError(400, errorBody('validation_error', 'Invalid request', fields)));
      expect({ ...error.fields }).toEqual({ [FORM_FIELD]: 'prompt: is required; endUserEmail: must be a valid email address' });
    });

    it('should keep a list of plain messages, and a nameless entry, at the form level', async () => {
      const error = await errorFromResponse(apiError(400, errorBody('validation_error', 'Invalid', ['Check the request', { message: 'Prompt is required' }])));
      expect({ ...error.fields }).toEqual({ [FORM_FIELD]: 'Check the request; Prompt is required' });
    });

    it('should route a hostile name in a list to the form level, as text', async () => {
      const error = await errorFromResponse(apiError(400, errorBody('validation_error', 'Invalid', [{ field: '__proto__', message: 'polluted' }])));
      expect({ ...error.fields }).toEqual({ [FORM_FIELD]: '__proto__: polluted' });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});
