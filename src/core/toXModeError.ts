import { isXModeErrorCode } from './codes';
import { isRecord } from './isRecord';
import { fallbackCode } from './errorFromResponse';
import { XModeError, isOwn, isXModeError } from './XModeError';

// Exactly what fetch rejects with when no response came (a TypeError): Chrome, Firefox,
// Safari 16 and 17+, React Native / cross-fetch, undici (and its dropped body), Cloudflare.
// Exact text, so `Cannot read properties of undefined (reading 'networkError')` is a bug,
// not an offline user.
const NETWORK_MESSAGES: ReadonlySet<string> = new Set([
  'Failed to fetch',
  'NetworkError when attempting to fetch resource.',
  'The Internet connection appears to be offline.',
  'Load failed',
  'Network request failed',
  'fetch failed',
  'terminated',
  'Network connection lost',
]);

/**
 * Normalizes anything thrown (by fetch, a query function, a library) into an
 * `XModeError`. Never throws.
 *
 * - an `XModeError` is returned as is; one from another copy of the module (or a look-alike)
 *   is rebuilt through this copy's constructor, so it is redacted and `instanceof` holds;
 * - an `AbortError` → `network_error` with `aborted: true`, so the UI stays silent;
 * - a `TimeoutError` (`AbortSignal.timeout`) → `timeout`: its own state, never offline;
 * - a fetch `TypeError` with a browser's exact no-response text ("Failed to fetch",
 *   "Load failed", "NetworkError when attempting to fetch resource.", "fetch failed",
 *   "Network request failed") → `network_error`;
 * - a parsed error body `{ error: { code, message, fields } }` → that code; one whose
 *   code is not a known code is classified by its `status` (`fallbackCode`) and its
 *   message is not taken (it is not xMode's to show);
 * - anything else (a string, `null`, a Proxy whose every trap throws) → `unexpected_response`,
 *   with a redacted copy of the original in `cause`.
 */
export function toXModeError(thrown: unknown): XModeError {
  try {
    if (isOwn(thrown)) return thrown;
    // Another copy of the module's (or a look-alike): rebuilt through this copy's redacting constructor.
    const foreign = isXModeError(thrown);
    const name = errorName(thrown);
    if (name === 'AbortError' || name === 'TimeoutError') return abortError(thrown);
    if (thrown instanceof TypeError && NETWORK_MESSAGES.has(thrown.message)) {
      return new XModeError({ code: 'network_error', status: 0, cause: thrown });
    }
    const body = foreign ? (thrown as unknown as Record<string, unknown>) : errorBody(thrown);
    if (body) {
      const status = typeof body.status === 'number' ? body.status : 0;
      const code = body.code;
      const known = isXModeErrorCode(code);
      return new XModeError({
        ...(foreign && { ...body, aborted: body.aborted === true, clientMessage: !body.hasServerMessage }),
        code: known ? code : fallbackCode(status),
        status,
        ...(known && { message: body.message, fields: body.fields }),
        cause: foreign ? body.cause : thrown,
      });
    }
    return new XModeError({ code: 'unexpected_response', status: 0, cause: thrown });
  } catch (cause) {
    return new XModeError({ code: 'unexpected_response', status: 0, cause });
  }
}

/**
 * What a request ends with when its signal aborted (the caller's, or `AbortSignal.timeout`),
 * whatever the reason is: `timeout` for a `TimeoutError`, else a silent abort
 * (`network_error`, `aborted: true`) — `controller.abort(new Error('closed'))` included.
 */
export function abortError(reason: unknown, status = 0): XModeError {
  const timedOut = errorName(reason) === 'TimeoutError';
  return new XModeError({ code: timedOut ? 'timeout' : 'network_error', status, aborted: !timedOut, cause: reason });
}

/** The `name` of an error-like value; `undefined` for anything else, a throwing getter or Proxy included. */
function errorName(value: unknown): unknown {
  try {
    return typeof value === 'object' ? (value as { name?: unknown } | null)?.name : undefined;
  } catch {
    return undefined;
  }
}

/** The `error` member of a parsed error body, when it is an object. */
function errorBody(value: unknown): Record<string, unknown> | undefined {
  const inner = typeof value === 'object' ? (value as { error?: unknown } | null)?.error : undefined;
  return isRecord(inner) ? inner : undefined;
}
