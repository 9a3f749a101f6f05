import type { CatalogCode, XModeError } from '../../core';
import type { ErrorCopyText, ErrorCopyValues } from './errorMessages';
import type { XModeMessages } from './index';

/** An error, or just a code (with a request id and the HTTP status when known). */
export type ErrorLike = { code: CatalogCode; requestId?: string; status?: number } | Pick<XModeError, 'code' | 'requestId' | 'status'>;

/** Server faults: the only errors whose request id support needs (4xx are the request's own fault). */
const SUPPORT_CODES: ReadonlySet<CatalogCode> = new Set(['internal_error', 'unexpected_response', 'provider_error', 'provider_timeout']);

/** The request id worth showing for `error`: a server fault's, else none. */
export function supportRequestId(error: ErrorLike): string | undefined {
  return SUPPORT_CODES.has(error.code) ? error.requestId : undefined;
}

/** Whether the browser says it is online (true where there is no browser). */
export function browserOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

/**
 * The title and advice of `error` for the situation it is shown in: no request id for
 * 4xx, "You're offline" only when the browser is, "will be sent again" only while
 * something will. `situation` defaults: a final error, the browser's own online state.
 */
export function describeError(
  messages: Pick<XModeMessages, 'errors'>,
  error: ErrorLike,
  situation: Partial<ErrorCopyValues> = {},
): { title: string; description: string } {
  const values: ErrorCopyValues = { online: browserOnline(), final: true, requestId: supportRequestId(error), status: error.status, ...situation };
  const copy = messages.errors[error.code];
  // A copy text is a string, or a function of the situation.
  const say = (text: ErrorCopyText) => (typeof text === 'function' ? text(values) : text);
  return { title: say(copy.title), description: say(copy.description) };
}
