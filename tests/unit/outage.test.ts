import { describe, expect, it, vi } from 'vitest';
import { XModeError, errorFromResponse, type XModeErrorCode } from '../../src/core';
import { outageScope } from '../../src/core/outage';

vi.mock('react', () => ({}));

describe('outageScope', () => {
  it.each([
    ['provider_timeout', 500, true],
    ['provider_error', 500, true],
    ['provider_timeout', 503, true],
    ['internal_error', 500, true],
    ['internal_error', 502, true],
    ['internal_error', 522, true],
    ['internal_error', 0, true],
    ['unexpected_response', 502, true],
    ['unexpected_response', 503, true],
    ['unexpected_response', 511, false],
    ['unexpected_response', 403, false],
    ['unexpected_response', 200, false],
    ['unexpected_response', 0, false],
    ['validation_error', 400, false],
    ['rate_limited', 429, false],
    ['rate_limited', 503, false],
    ['unauthorized', 401, false],
    ['network_error', 0, false],
    ['timeout', 0, false],
  ] as const satisfies ReadonlyArray<readonly [XModeErrorCode, number, boolean]>)('should say %s %i → %s', (code, status, expected) => {
    expect(outageScope(new XModeError({ code, status })) !== undefined).toBe(expected);
  });

  it.each([520, 521, 522, 523, 524, 525, 526, 527, 529, 500, 502, 503, 504, 599])(
    'should open the outage circuit for a %i page that is not xMode\'s, and keep its Retry-After (#22)',
    async (status) => {
      const error = await errorFromResponse(
        new Response('{"title":"Error: origin unreachable","status":' + String(status) + '}', {
          status,
          headers: { 'content-type': 'application/problem+json', 'retry-after': '120', server: 'cloudflare' },
        }),
      );
      expect(outageScope(error)).toBe('api');
      expect(error).toMatchObject({ code: 'internal_error', status, retryAfterMs: 120_000, hasServerMessage: false });
    },
  );

  it("should not open it for a captive portal's 511: signing in to the network fixes that, not waiting", async () => {
    const error = await errorFromResponse(new Response('<html><title>Network Authentication Required</title></html>', { status: 511 }));
    expect(error.code).toBe('unexpected_response');
    expect(outageScope(error)).toBeUndefined();
  });
});

describe('outageScope', () => {
  it.each([
    ['provider_timeout', 500, 'provider'],
    ['provider_error', 502, 'provider'],
    ['internal_error', 500, 'api'],
    ['internal_error', 529, 'api'],
    ['unexpected_response', 504, 'api'],
    ['not_found', 404, undefined],
    ['unexpected_response', 511, undefined],
  ] as const)('should say %s %i is a %s outage', (code, status, scope) => {
    expect(outageScope({ code, status })).toBe(scope);
  });
});
