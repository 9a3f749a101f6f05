import { isXModeErrorCode, type XModeErrorCode } from './codes';
import { codeByStatus } from './errorCatalog';
import { parseRetryAfter } from './parseRetryAfter';
import { readBody } from './readBody';
import { XModeError } from './XModeError';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
// Finds the code at the start of a body that is not whole JSON (cut by the read limit or
// the network): a 1 MB message or a dropped connection still tells which error it was.
const CODE_IN_PREFIX = /"error"\s*:\s*\{\s*"code"\s*:\s*"([a-z_]{1,40})"/;

/**
 * Turns a failed (or unparseable) `Response` into an `XModeError`. Never rejects.
 *
 * - The documented shape `{"error":{"code","message","fields"?}}` gives its code, even
 *   when the status disagrees (401 carries two codes; the body is the more specific
 *   source). `status` always keeps the real HTTP status.
 * - Anything else (HTML from a proxy, `problem+json`, empty, truncated) falls back to the
 *   one code documented for the status, else `unexpected_response`.
 * - `Retry-After` → `retryAfterMs`; `x-request-id` → `requestId`.
 * - At most `MAX_BODY_BYTES` of the body are read.
 */
export async function errorFromResponse(response: Response): Promise<XModeError> {
  let status = 0;
  try {
    status = Number.isInteger(response.status) ? response.status : 0;
    const headers = response.headers;
    const retryAfterMs = parseRetryAfter(headers.get('retry-after'));
    const rawId = headers.get('x-request-id')?.trim();
    const requestId = rawId && REQUEST_ID.test(rawId) ? rawId : undefined;
    const { text } = await readBody(response);
    const parsed = parseJson(text);
    const error = isRecord(parsed) && isRecord(parsed.error) ? parsed.error : undefined;
    // A body cut short (by the read limit or the network) still names its code.
    const bodyCode = error?.code ?? (parsed === undefined ? CODE_IN_PREFIX.exec(text)?.[1] : undefined);
    const code: XModeErrorCode = isXModeErrorCode(bodyCode) ? bodyCode : fallbackCode(status);
    return new XModeError({
      code,
      status,
      message: error?.message ?? looseMessage(parsed),
      fields: error?.fields,
      retryAfterMs,
      requestId,
    });
  } catch (cause) {
    return new XModeError({ code: fallbackCode(status), status, cause });
  }
}

/** The code for a status with no usable body: the documented one, else unexpected. */
export function fallbackCode(status: number): XModeErrorCode {
  return codeByStatus[status] ?? 'unexpected_response';
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A message from a body that is not the documented shape: `problem+json`, `{"error":"x"}`. */
function looseMessage(parsed: unknown): unknown {
  if (!isRecord(parsed)) return undefined;
  if (typeof parsed.error === 'string') return parsed.error;
  return parsed.detail ?? parsed.title ?? parsed.message;
}
