import { describe, expect, it, vi } from 'vitest';
import { errorCatalog, errorFromResponse } from '../../src/core';
import { API_ERROR_CODES } from '../../src/core/codes';
import { xmodeErrorResponse } from '../../src/testing';

// The core must not need React: any React import below src/core would break here.
vi.mock('react', () => ({}));

// The reference table, copied from ../shared/spec/xmode-errors.txt.
const DOCUMENTED: ReadonlyArray<[(typeof API_ERROR_CODES)[number], number]> = [
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
];

describe('errorCatalog', () => {
  it('should list exactly the 12 documented codes with their statuses', () => {
    expect(API_ERROR_CODES.map((code) => [code, errorCatalog[code].status])).toEqual(DOCUMENTED);
  });

  it('should hold storage_failed as a per-image marker with status 200, stated by the image grid in every context', () => {
    expect(errorCatalog.storage_failed).toMatchObject({ status: 200, surfaces: { form: 'image', page: 'image', background: 'image' } });
  });

  it.each(DOCUMENTED)('should round-trip %s from a real Response with HTTP %i', async (code, status) => {
    const response = xmodeErrorResponse(code, { message: `about ${code}`, requestId: 'req_123' });
    expect(response.status).toBe(status);
    const error = await errorFromResponse(response);
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error.message).toBe(`about ${code}`);
    expect(error.requestId).toBe('req_123');
  });

  it('should never retry the codes the request or account must change for', () => {
    for (const code of ['validation_error', 'unauthorized', 'account_blocked', 'forbidden', 'not_found', 'payment_required', 'conflict', 'content_policy'] as const) {
      expect(errorCatalog[code].retry.kind).toBe('never');
    }
  });
});
