import { describe, expect, it, vi } from 'vitest';
import { parseGenerationImages } from '../../src/components/GenerationImages/parseGenerationImages';
import { errorFromResponse } from '../../src/core';
import { API_ERROR_CODES } from '../../src/core/codes';
import { xmodeError, xmodeErrorResponse, type XModeResponseCode } from '../../src/testing';

// xmode-error-ui/testing runs in any test runner: no React below src/testing.
vi.mock('react', () => ({}));

// The reference's table (../shared/spec/xmode-errors.txt), storage_failed included.
const DOCUMENTED: ReadonlyArray<[XModeResponseCode, number]> = [
  ['validation_error', 400],
  ['unauthorized', 401],
  ['account_blocked', 401],
  ['forbidden', 403],
  ['not_found', 404],
  ['payment_required', 402],
  ['conflict', 409],
  ['content_policy', 422],
  ['rate_limited', 429],
  ['provider_timeout', 500],
  ['provider_error', 500],
  ['internal_error', 500],
  ['storage_failed', 200],
];

describe('xmodeError (xmode-error-ui/testing)', () => {
  it('should cover the 12 error codes and storage_failed, with the statuses of the reference', () => {
    const codes: XModeResponseCode[] = [...API_ERROR_CODES, 'storage_failed'];
    expect(codes.map((code) => [code, xmodeError(code).status])).toEqual(DOCUMENTED);
  });

  it.each(API_ERROR_CODES)('should make a %s response the package parses back to the same code, status and request id', async (code) => {
    const data = xmodeError(code);
    expect(data.body).toEqual({ error: { code, message: expect.any(String) } });
    expect(data.headers).toMatchObject({ 'content-type': 'application/json', 'x-request-id': `req_test_${code}` });

    const response = xmodeErrorResponse(code);
    expect(response.status).toBe(data.status);
    expect(Object.fromEntries(response.headers)).toEqual(data.headers);
    const error = await errorFromResponse(response);
    expect(error).toMatchObject({ code, status: data.status, requestId: `req_test_${code}`, message: data.body.error.message, hasServerMessage: true });
  });

  it('should send Retry-After only with rate_limited: 2 s by default, the given seconds or raw value, none for null', async () => {
    expect(xmodeError('rate_limited').headers['retry-after']).toBe('2');
    expect((await errorFromResponse(xmodeErrorResponse('rate_limited', { retryAfter: 6 }))).retryAfterMs).toBe(6_000);
    expect(xmodeError('rate_limited', { retryAfter: 'Wed, 25 Nov 2026 12:00:30 GMT' }).headers['retry-after']).toBe('Wed, 25 Nov 2026 12:00:30 GMT');
    expect(xmodeError('rate_limited', { retryAfter: null }).headers).not.toHaveProperty('retry-after');
    expect(xmodeError('internal_error').headers).not.toHaveProperty('retry-after');
  });

  it('should put fields, message, request id, status and extra headers where the overrides say', async () => {
    const data = xmodeError('validation_error', {
      message: 'endUserEmail must be a valid email address',
      fields: { endUserEmail: 'must be a valid email address' },
      requestId: 'req_42',
      status: 422,
      headers: { date: 'Wed, 25 Nov 2026 12:00:00 GMT' },
    });
    expect(data).toEqual({
      status: 422,
      headers: { 'content-type': 'application/json', 'x-request-id': 'req_42', date: 'Wed, 25 Nov 2026 12:00:00 GMT' },
      body: { error: { code: 'validation_error', message: 'endUserEmail must be a valid email address', fields: { endUserEmail: 'must be a valid email address' } } },
    });
    expect(xmodeError('internal_error', { requestId: null }).headers).not.toHaveProperty('x-request-id');
    const error = await errorFromResponse(xmodeErrorResponse('validation_error', { fields: { endUserEmail: 'must be a valid email address' } }));
    expect(error.fields).toEqual({ endUserEmail: 'must be a valid email address' });
  });

  it('should give the same data for the same arguments and keep no reference to the given fields', () => {
    const fields = { prompt: 'is required' };
    const first = xmodeError('validation_error', { fields });
    fields.prompt = 'changed';
    expect(first.body.error.fields).toEqual({ prompt: 'is required' });
    expect(xmodeError('validation_error', { fields: { prompt: 'is required' } })).toEqual(first);
  });

  it('should make storage_failed a succeeded generation (HTTP 200) whose second image the grid shows as not saved', async () => {
    const data = xmodeError('storage_failed', { generationId: 'gen_7', message: 'Storage is down' });
    expect(data.status).toBe(200);
    expect(data.body).toEqual({
      id: 'gen_7',
      status: 'succeeded',
      images: [
        { id: 'img_7_1', url: expect.stringMatching(/^data:image\/svg\+xml,/) },
        { id: 'img_7_2', error: { code: 'storage_failed', message: 'Storage is down' } },
      ],
    });
    expect(parseGenerationImages(data.body.images)).toEqual([
      { kind: 'image', key: '0:img_7_1', url: data.body.images[0].url },
      { kind: 'missing', key: '1:img_7_2', reason: 'storage_failed', message: 'Storage is down' },
    ]);
    // A successful request: the client returns the body; nothing throws.
    expect(await xmodeErrorResponse('storage_failed').json()).toEqual(xmodeError('storage_failed').body);
  });

  it('should throw a TypeError that lists the documented codes for an unknown code, and explain the client-only ones', () => {
    // @ts-expect-error not a code of the reference
    expect(() => xmodeError('teapot')).toThrow(/^xmode-error-ui\/testing: unknown code "teapot"\. Documented codes: validation_error, .*internal_error, storage_failed\.$/);
    // @ts-expect-error the client's own code: no response has it
    expect(() => xmodeErrorResponse('network_error')).toThrow(TypeError);
    // @ts-expect-error the client's own code: no response has it
    expect(() => xmodeError('timeout')).toThrow(/"timeout" is the client’s own code/);
  });

  it('should type the body by code and the overrides by kind of response', () => {
    const rateLimited = xmodeError('rate_limited');
    const code: 'rate_limited' = rateLimited.body.error.code;
    const marker: 'storage_failed' = xmodeError('storage_failed').body.images[1].error.code;
    expect([code, marker]).toEqual(['rate_limited', 'storage_failed']);
    // @ts-expect-error a generation has no fields
    xmodeError('storage_failed', { fields: { prompt: 'x' } });
    // @ts-expect-error an error response has no generation id
    xmodeError('not_found', { generationId: 'gen_1' });
  });
});
