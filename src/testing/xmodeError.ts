import { API_ERROR_CODES, type ImageErrorCode } from '../core/codes';
import { errorCatalog } from '../core/errorCatalog';

/** One of the 12 top-level codes of the xMode error reference (an error response). */
export type XModeApiErrorCode = (typeof API_ERROR_CODES)[number];

/** Every code the reference documents: the 12 error responses and the per-image `storage_failed`. */
export type XModeResponseCode = XModeApiErrorCode | ImageErrorCode;

/** The documented error body: `{"error":{"code","message","fields"?}}`. */
export interface XModeErrorBody<C extends XModeApiErrorCode = XModeApiErrorCode> {
  error: { code: C; message: string; fields?: Record<string, string> };
}

/** An image of a succeeded generation that was stored. */
export interface XModeStoredImage {
  id: string;
  url: string;
}

/** The per-image marker of an image the model made but storage failed to persist. */
export interface XModeFailedImage {
  id: string;
  error: { code: ImageErrorCode; message: string };
}

/**
 * A succeeded generation with one image `storage_failed`: the request as a whole
 * succeeded (HTTP 200), only that image is missing. The reference documents only the
 * error shapes; these are the fields the package reads (`id`, `status`, `images`).
 */
export interface XModeStorageFailedGeneration {
  id: string;
  status: 'succeeded';
  images: [XModeStoredImage, XModeFailedImage];
}

/** The body the factory builds for `code`. */
export type XModeResponseBody<C extends XModeResponseCode> = C extends XModeApiErrorCode ? XModeErrorBody<C> : XModeStorageFailedGeneration;

/** A response as plain data: what a mock library (MSW, nock, Playwright's `route.fulfill`) takes. */
export interface XModeResponseData<B> {
  status: number;
  /** Lower-case header names: `content-type`, `x-request-id`, `retry-after` (429). */
  headers: Record<string, string>;
  body: B;
}

/** What every code's response lets a test change. */
interface CommonOverrides {
  /** The error's `message` (the failed image's, for `storage_failed`). Default: a realistic text per code. */
  message?: string;
  /** `x-request-id`. Default `req_test_<code>`; `null` leaves the header out. */
  requestId?: string | null;
  /** Overrides the documented status (to test a status that disagrees with the code). */
  status?: number;
  /** Extra headers; they win over the defaults. */
  headers?: Record<string, string>;
}

/** Overrides of an error response. */
export interface XModeErrorOverrides extends CommonOverrides {
  /** The `fields` member, field path → message (`validation_error`, `content_policy`). Left out when absent. */
  fields?: Record<string, string>;
  /**
   * `Retry-After`: seconds, or a raw value (an HTTP date, garbage). Default
   * `DEFAULT_RETRY_AFTER_S` for `rate_limited`, none for the rest; `null` leaves it out.
   */
  retryAfter?: number | string | null;
}

/** Overrides of the succeeded generation that carries `storage_failed`. */
export interface XModeStorageFailedOverrides extends CommonOverrides {
  /** The generation's `id`; its images are `img_<id>_1` (stored) and `img_<id>_2` (failed). Default `gen_test`. */
  generationId?: string;
}

/** The overrides `code` accepts. */
export type XModeOverrides<C extends XModeResponseCode> = C extends XModeApiErrorCode ? XModeErrorOverrides : XModeStorageFailedOverrides;

/** `Retry-After` of a `rate_limited` response when none is given, in seconds. */
export const DEFAULT_RETRY_AFTER_S = 2;

/** Message of a `storage_failed` image, in the reference's words. */
export const STORAGE_FAILED_MESSAGE =
  'The model produced the image but our storage layer failed to persist it. Safe to re-run the prompt.';

/** Realistic default messages, worded after the error reference. */
const DEFAULT_MESSAGES: Record<XModeApiErrorCode, string> = {
  validation_error: 'The request body did not pass validation. Inspect fields for what to fix.',
  unauthorized: 'Missing or invalid Authorization header. Send your API key as a Bearer token.',
  account_blocked:
    'Your xMode account has been blocked. Dashboard access continues but /v1/* endpoints are refused. Contact support to resolve.',
  forbidden: 'This API key does not have permission for this endpoint or resource.',
  not_found: 'The requested resource does not exist or does not belong to you.',
  payment_required: 'Your xTokens balance is insufficient for this request. Top up your balance in the dashboard.',
  conflict: 'Operation refused because of the current state of the resource.',
  content_policy:
    'The prompt or reference images were rejected by our content filter. Rephrase the prompt or use different references.',
  rate_limited: 'Too many requests in a short window. Back off and retry after the time in the Retry-After header.',
  provider_timeout: 'Our upstream generation provider timed out. It is safe to retry the same request.',
  provider_error: 'Our upstream provider returned an error we could not handle. It is safe to retry.',
  internal_error: 'Unexpected server error on our side. Contact support with the request id if this persists.',
};

/** The stored image of the `storage_failed` generation: an inline 1×1 SVG, so nothing is fetched. */
const STORED_IMAGE_URL =
  'data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20width%3D%221%22%20height%3D%221%22%2F%3E';

const API_CODES: ReadonlySet<string> = new Set(API_ERROR_CODES);
const CLIENT_ONLY = 'is the client’s own code for a request that got no usable answer, never a response body';

/** The per-image `storage_failed` marker of image `id`. */
export function storageFailedImage(id: string, message: string = STORAGE_FAILED_MESSAGE): XModeFailedImage {
  return { id, error: { code: 'storage_failed', message } };
}

/**
 * A response of the xMode API for one documented code, as plain data `{ status, headers,
 * body }`: the status the reference gives the code, `content-type: application/json`,
 * an `x-request-id`, `retry-after` for `rate_limited`, and the body in the reference's
 * shape. `storage_failed` is not an error response: it gives HTTP 200 with a succeeded
 * generation whose second image carries the marker. Pure: the same arguments give the
 * same data. Throws a `TypeError` for any other code (`network_error`, `timeout` and
 * `unexpected_response` are the client's own codes: make a network failure or a bad body
 * with your mock library instead).
 *
 * @example
 * const { status, headers, body } = xmodeError('validation_error', {
 *   message: 'endUserEmail must be a valid email address',
 *   fields: { endUserEmail: 'must be a valid email address' },
 * });
 */
export function xmodeError<C extends XModeResponseCode>(code: C, overrides?: XModeOverrides<C>): XModeResponseData<XModeResponseBody<C>>;
export function xmodeError(code: string, overrides: XModeErrorOverrides & XModeStorageFailedOverrides = {}): XModeResponseData<XModeErrorBody | XModeStorageFailedGeneration> {
  const known = code === 'storage_failed' || API_CODES.has(code);
  if (!known) {
    const why = code in errorCatalog ? `"${code}" ${CLIENT_ONLY}` : `unknown code ${JSON.stringify(code)}`;
    throw new TypeError(`xmode-error-ui/testing: ${why}. Documented codes: ${[...API_ERROR_CODES, 'storage_failed'].join(', ')}.`);
  }
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const requestId = overrides.requestId === undefined ? `req_test_${code}` : overrides.requestId;
  if (requestId !== null) headers['x-request-id'] = requestId;
  const status = overrides.status ?? errorCatalog[code as XModeResponseCode].status;

  if (code === 'storage_failed') {
    const id = overrides.generationId ?? 'gen_test';
    const short = id.replace(/^gen_/, '');
    const body: XModeStorageFailedGeneration = {
      id,
      status: 'succeeded',
      images: [{ id: `img_${short}_1`, url: STORED_IMAGE_URL }, storageFailedImage(`img_${short}_2`, overrides.message)],
    };
    return { status, headers: { ...headers, ...overrides.headers }, body };
  }

  const apiCode = code as XModeApiErrorCode;
  const body: XModeErrorBody = { error: { code: apiCode, message: overrides.message ?? DEFAULT_MESSAGES[apiCode] } };
  if (overrides.fields) body.error.fields = { ...overrides.fields };
  const retryAfter = overrides.retryAfter === undefined && code === 'rate_limited' ? DEFAULT_RETRY_AFTER_S : overrides.retryAfter;
  if (retryAfter !== undefined && retryAfter !== null) headers['retry-after'] = String(retryAfter);
  return { status, headers: { ...headers, ...overrides.headers }, body };
}

/**
 * The same response as a standard `Response` (Fetch API: browsers, Node ≥ 18, jsdom, MSW
 * handlers, a stubbed `fetch`). See `xmodeError` for the defaults and the overrides.
 *
 * @example
 * http.get('/api/xmode/v1/balance', () => xmodeErrorResponse('rate_limited', { retryAfter: 6 }));
 */
export function xmodeErrorResponse<C extends XModeResponseCode>(code: C, overrides?: XModeOverrides<C>): Response {
  const { status, headers, body } = xmodeError(code, overrides);
  return new Response(JSON.stringify(body), { status, headers });
}
