import { errorCatalog } from './errorCatalog';

/**
 * The 12 top-level error codes documented in the xMode API's error reference, in the
 * reference's order. The HTTP status of a response matches its code (see `errorCatalog`).
 */
export const API_ERROR_CODES = [
  'validation_error',
  'unauthorized',
  'account_blocked',
  'forbidden',
  'not_found',
  'payment_required',
  'conflict',
  'content_policy',
  'rate_limited',
  'provider_timeout',
  'provider_error',
  'internal_error',
] as const;

/** Codes the client assigns itself when there is no usable xMode error body. */
export const CLIENT_ERROR_CODES = ['network_error', 'timeout', 'unexpected_response'] as const;

/**
 * Every code an `XModeError` can carry: the 12 documented API codes, plus
 * `network_error` (no response at all: offline, DNS, CORS, aborted fetch), `timeout`
 * (a deadline passed: `AbortSignal.timeout`, or a body that did not arrive within the
 * read timeout — a slow API, not an offline user) and `unexpected_response` (an answer
 * that is not xMode's error shape and whose status says nothing the UI can act on — a
 * proxy's or firewall's 4xx other than 401/429, a captive portal's 511 — or a 2xx whose
 * body cannot be parsed).
 */
export type XModeErrorCode =
  | (typeof API_ERROR_CODES)[number]
  | (typeof CLIENT_ERROR_CODES)[number];

/**
 * The per-image marker of a *succeeded* generation (`images[].error.code`). It is never
 * thrown as an `XModeError`: the request succeeded, only one image is missing.
 */
export type ImageErrorCode = 'storage_failed';

/** Every key of `errorCatalog`. */
export type CatalogCode = XModeErrorCode | ImageErrorCode;

/** True when `value` is one of the codes an `XModeError` can carry. */
export function isXModeErrorCode(value: unknown): value is XModeErrorCode {
  return typeof value === 'string' && value !== 'storage_failed' && Object.hasOwn(errorCatalog, value);
}

/** True when `value` is one of the 12 codes the API itself documents (the client's own have no status). */
export function isApiErrorCode(value: unknown): value is (typeof API_ERROR_CODES)[number] {
  return isXModeErrorCode(value) && errorCatalog[value].status >= 400;
}
