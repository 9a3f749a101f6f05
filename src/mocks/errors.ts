import { HttpResponse, type JsonBodyType } from 'msw';
import { errorCatalog } from '../core';
import { type API_ERROR_CODES } from '../core/codes';

/** One of the 12 top-level codes the xMode error reference documents. */
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** The documented error body: `{"error":{"code","message","fields"?}}`. */
export interface XModeErrorBody {
  error: { code: ApiErrorCode; message: string; fields?: Record<string, string> };
}

export interface XModeErrorOptions {
  /** Overrides the realistic default message of the code. */
  message?: string;
  /** `fields` member: field path → message. Left out of the body when absent. */
  fields?: Record<string, string>;
  /**
   * `Retry-After` value: seconds, or a raw header value (an HTTP date, garbage).
   * Defaults to `DEFAULT_RETRY_AFTER_S` for `rate_limited`; `null` leaves it out.
   */
  retryAfter?: number | string | null;
  /** Overrides the documented status (to test a status that disagrees with the code). */
  status?: number;
  /** Extra response headers. */
  headers?: Record<string, string>;
}

/** `Retry-After` of a mock `rate_limited` answer when none is given, in seconds. */
export const DEFAULT_RETRY_AFTER_S = 2;

/** Realistic default messages, worded after the error reference. */
const DEFAULT_MESSAGES: Record<ApiErrorCode, string> = {
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

let requestCount = 0;
// Per page load / process, so ids from two demo sessions do not look alike.
const SESSION = Date.now().toString(36);

/** A fresh `x-request-id`, e.g. `req_m1x2y3z4_000007` (matches the client's id pattern). */
export function nextRequestId(): string {
  requestCount += 1;
  return `req_${SESSION}_${String(requestCount).padStart(6, '0')}`;
}

/**
 * An xMode API error response: the documented body, the status `errorCatalog` gives the
 * code, `content-type: application/json`, an `x-request-id`, and `Retry-After` for
 * `rate_limited` (default `DEFAULT_RETRY_AFTER_S` seconds).
 *
 * @example
 * return xmodeError('validation_error', {
 *   message: 'endUserEmail must be a valid email address',
 *   fields: { endUserEmail: 'must be a valid email address' },
 * });
 * return xmodeError('rate_limited', { retryAfter: 30 });
 */
export function xmodeError(code: ApiErrorCode, options: XModeErrorOptions = {}): HttpResponse<XModeErrorBody> {
  const body: XModeErrorBody = {
    error: { code, message: options.message ?? DEFAULT_MESSAGES[code] },
  };
  if (options.fields) body.error.fields = options.fields;
  const headers: Record<string, string> = { 'x-request-id': nextRequestId(), ...options.headers };
  const retryAfter = options.retryAfter === undefined && code === 'rate_limited' ? DEFAULT_RETRY_AFTER_S : options.retryAfter;
  if (retryAfter !== undefined && retryAfter !== null) headers['retry-after'] = String(retryAfter);
  return HttpResponse.json(body, { status: options.status ?? errorCatalog[code].status, headers });
}

/** A successful JSON answer with an `x-request-id`, like every real API response. */
export function xmodeJson<T extends JsonBodyType>(body: T, status = 200): HttpResponse<T> {
  return HttpResponse.json(body, { status, headers: { 'x-request-id': nextRequestId() } });
}

/**
 * A raw answer for the bad-input scenarios (HTML pages, cut JSON, hand-built bodies
 * whose keys `JSON.stringify` could not produce, such as an own `__proto__`). No
 * `x-request-id` unless given in `headers`: a proxy's page carries none.
 */
export function rawResponse(status: number, body: string | null, contentType: string, headers: Record<string, string> = {}): HttpResponse<string> {
  return new HttpResponse(body, { status, headers: { 'content-type': contentType, ...headers } });
}
