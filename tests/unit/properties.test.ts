import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { errorFromResponse, parseRetryAfter, toXModeError } from '../../src/core';
import { isXModeErrorCode } from '../../src/core/codes';
import { MAX_TIMEOUT_MS } from '../../src/core/parseRetryAfter';
import { MAX_MESSAGE_LENGTH } from '../../src/core/text';

vi.mock('react', () => ({}));

const status = fc.integer({ min: 200, max: 599 });
const headerValue = fc.string({ maxLength: 40 }).map((s) => s.replace(/[^\x20-\x7e]/g, ''));
const jsonish = fc.oneof(
  fc.json(),
  fc.record({ error: fc.record({ code: fc.oneof(fc.string(), fc.constantFrom('conflict', 'rate_limited', '__proto__')), message: fc.anything(), fields: fc.anything() }, { requiredKeys: [] }) }).map((v) => JSON.stringify(v)),
);
const bodyBytes = fc.oneof(fc.uint8Array({ maxLength: 512 }), jsonish.map((s) => new TextEncoder().encode(s)));

describe('properties', () => {
  it('errorFromResponse resolves to an XModeError with a known code for any status, headers and body', async () => {
    await fc.assert(
      fc.asyncProperty(status, headerValue, headerValue, bodyBytes, async (code, retryAfter, requestId, bytes) => {
        const response = new Response(code === 204 || code === 205 || code === 304 ? null : bytes, {
          status: code,
          headers: { 'retry-after': retryAfter, 'x-request-id': requestId },
        });
        const error = await errorFromResponse(response);
        expect(isXModeErrorCode(error.code)).toBe(true);
        expect(error.status).toBe(code);
        expect(error.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
        expect(Object.getPrototypeOf(error.fields)).toBeNull();
        for (const value of Object.values(error.fields)) expect(typeof value).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('toXModeError never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (thrown) => {
        expect(isXModeErrorCode(toXModeError(thrown).code)).toBe(true);
      }),
    );
  });

  it('parseRetryAfter is undefined or within [0, 2^31−1]', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.nat().map(String), fc.date().map((d) => (Number.isNaN(d.getTime()) ? '' : d.toUTCString()))), (value) => {
        const ms = parseRetryAfter(value);
        if (ms !== undefined) {
          expect(ms).toBeGreaterThanOrEqual(0);
          expect(ms).toBeLessThanOrEqual(MAX_TIMEOUT_MS);
        }
      }),
    );
  });
});
