import { HttpResponse, type JsonBodyType } from 'msw';
import { xmodeError as xmodeErrorData, type XModeApiErrorCode, type XModeErrorBody, type XModeErrorOverrides } from '../testing/xmodeError';

// The bodies, statuses, default messages and `Retry-After` come from xmode-error-ui/testing
// (src/testing), the factory host apps use: one source for what the API answers.
export { DEFAULT_RETRY_AFTER_S } from '../testing/xmodeError';

/** One of the 12 top-level codes the xMode error reference documents. */
export type ApiErrorCode = XModeApiErrorCode;
export type { XModeErrorBody };

/** `message?`, `fields?`, `retryAfter?` (default `DEFAULT_RETRY_AFTER_S` for `rate_limited`), `status?`, `headers?`. */
export type XModeErrorOptions = Omit<XModeErrorOverrides, 'requestId'>;

let requestCount = 0;
// Per page load / process, so ids from two demo sessions do not look alike.
const SESSION = Date.now().toString(36);

/** A fresh `x-request-id`, e.g. `req_m1x2y3z4_000007` (matches the client's id pattern). */
export function nextRequestId(): string {
  requestCount += 1;
  return `req_${SESSION}_${String(requestCount).padStart(6, '0')}`;
}

/**
 * An xMode API error response (`xmodeError` of xmode-error-ui/testing as an MSW
 * `HttpResponse`): the documented body, the status `errorCatalog` gives the code,
 * `content-type: application/json`, a fresh `x-request-id`, and `Retry-After` for
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
  const { status, headers, body } = xmodeErrorData(code, { ...options, requestId: nextRequestId() });
  return HttpResponse.json<XModeErrorBody>(body, { status, headers });
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
