import { isXModeErrorCode } from './codes';
import { fallbackCode } from './errorFromResponse';
import { XModeError, isXModeError } from './XModeError';

// What browsers say when fetch gets no response: Chrome, Safari, Firefox, undici.
const NETWORK_MESSAGES = /failed to fetch|load failed|networkerror|network request failed|fetch failed|network error/i;

/**
 * Normalizes anything thrown (by fetch, a query function, a library) into an
 * `XModeError`. Never throws.
 *
 * - an `XModeError` is returned as is; one from another copy of the module (or a look-alike)
 *   is rebuilt through this copy's constructor, so it is redacted and `instanceof` holds;
 * - an `AbortError` / `TimeoutError` → `network_error` with `aborted: true` (abort) so
 *   the UI can stay silent;
 * - a fetch `TypeError` ("Failed to fetch", "Load failed", "NetworkError when attempting
 *   to fetch resource") → `network_error`;
 * - a parsed error body `{ error: { code, message, fields } }` → that code;
 * - anything else → `unexpected_response`, with the original in `cause`.
 */
export function toXModeError(thrown: unknown): XModeError {
  try {
    if (thrown instanceof XModeError) return thrown;
    if (isXModeError(thrown)) return rebuild(thrown);
    const name = errorName(thrown);
    if (name === 'AbortError' || name === 'TimeoutError') {
      return new XModeError({
        code: 'network_error',
        status: 0,
        message: name === 'AbortError' ? 'The request was cancelled' : 'The request timed out',
        aborted: name === 'AbortError',
        clientMessage: true,
        cause: thrown,
      });
    }
    if (thrown instanceof TypeError && NETWORK_MESSAGES.test(thrown.message)) {
      return new XModeError({ code: 'network_error', status: 0, cause: thrown });
    }
    const body = errorBody(thrown);
    if (body) {
      const status = typeof body.status === 'number' ? body.status : 0;
      return new XModeError({
        code: isXModeErrorCode(body.code) ? body.code : fallbackCode(status),
        status,
        message: body.message,
        fields: body.fields,
        cause: thrown,
      });
    }
    return new XModeError({ code: 'unexpected_response', status: 0, cause: thrown });
  } catch (cause) {
    return new XModeError({ code: 'unexpected_response', status: 0, cause });
  }
}

function errorName(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'name' in value ? value.name : undefined;
}

function errorBody(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || !('error' in value)) return undefined;
  const inner = value.error;
  return typeof inner === 'object' && inner !== null && !Array.isArray(inner)
    ? (inner as Record<string, unknown>)
    : undefined;
}

/** An XModeError of another copy of the module, through this copy's redacting constructor. */
function rebuild(foreign: XModeError): XModeError {
  const read = foreign as Partial<XModeError>;
  const status = typeof read.status === 'number' ? read.status : 0;
  return new XModeError({
    code: isXModeErrorCode(read.code) ? read.code : fallbackCode(status),
    status,
    message: read.message,
    fields: read.fields,
    retryAfterMs: typeof read.retryAfterMs === 'number' ? read.retryAfterMs : undefined,
    requestId: read.requestId,
    aborted: read.aborted === true,
    clientMessage: read.hasServerMessage === false,
    cause: read.cause,
  });
}
