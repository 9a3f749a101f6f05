import { isApiErrorCode, type XModeErrorCode } from './codes';
import { isRecord } from './isRecord';
import { parseRetryAfter } from './parseRetryAfter';
import { readBody, readTimeout, type BodyCut } from './readBody';
import { abortError } from './toXModeError';
import { XModeError } from './XModeError';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
// What a body that is not whole JSON (cut by the read limit, the read timeout or the
// network) still tells: the code of its `error` object, before any nested value. Each
// character is taken by one branch only, so the scan is linear. (Its message is not
// taken: a cut sentence is no advice, and the copy of the code says what to do.)
const CODE_IN_PREFIX = new RegExp(String.raw`"error"\s*:\s*\{(?:[^{}"]|"(?:[^"\\]|\\.)*")*?"code"\s*:\s*"([a-z_]{1,40})"`);

/** Options of `errorFromResponse`. */
export interface ErrorFromResponseOptions {
  /** The request's signal: aborting it while the body streams gives an aborted error. */
  signal?: AbortSignal | null;
  /** Longest the body may take after the headers, in ms. Default 30 s; `Infinity` for none. */
  readTimeoutMs?: number;
}

/**
 * Turns a failed (or unparseable) `Response` into an `XModeError`. Never rejects.
 *
 * - Only a body in the documented shape `{"error":{"code","message","fields"?}}` whose code
 *   is one of the API's 12 carries an xMode cause: its code (even when the status
 *   disagrees: 401 carries two codes, the body is the more specific source), message and
 *   fields. A body cut short still gives its code and the start of its message.
 * - Any other body (a proxy's HTML, a CDN's or gateway's JSON, another API's error,
 *   `problem+json`, empty) is classified by its status alone (`fallbackCode`), and its
 *   words never become the message: they are kept, cut and redacted, in `responseText`,
 *   for logs. A firewall's 403 is no `forbidden`, a router's 404 no `not_found`.
 * - `status` always keeps the real HTTP status; identifying headers (`server`, `via`,
 *   `cf-ray`…) go to `responseHeaders`; `Retry-After` → `retryAfterMs` (an HTTP date is
 *   read against a plausible `Date`); `x-request-id` → `requestId`.
 * - At most `MAX_BODY_BYTES` of the body are read, within `readTimeoutMs`; an abort of
 *   `signal` meanwhile gives an aborted error (silent in the UI).
 */
export async function errorFromResponse(response: Response, options: ErrorFromResponseOptions = {}): Promise<XModeError> {
  let status = 0;
  try {
    status = Number.isInteger(response.status) ? response.status : 0;
    const headers = response.headers;
    const rawId = headers.get('x-request-id')?.trim();
    const known = {
      status,
      retryAfterMs: parseRetryAfter(headers.get('retry-after'), Date.now(), headers.get('date')),
      requestId: rawId && REQUEST_ID.test(rawId) ? rawId : undefined,
      responseHeaders: headers,
    };
    const timeoutMs = readTimeout(options.readTimeoutMs);
    const { text, cut } = await readBody(response, { signal: options.signal, timeoutMs });
    if (cut === 'aborted') return abortError(options.signal?.reason, status);
    const parsed = parseJson(text);
    const error = isRecord(parsed) && isRecord(parsed.error) ? parsed.error : undefined;
    const code = parsed === undefined ? CODE_IN_PREFIX.exec(text)?.[1] : error?.code;
    const ours = isApiErrorCode(code);
    const message = ours ? error?.message : undefined;
    return new XModeError({
      ...known,
      code: ours ? code : fallbackCode(status),
      ...(typeof message !== 'string' && cut === 'timeout' ? { message: cutMessage(status, cut, timeoutMs), clientMessage: true } : { message }),
      fields: ours ? error?.fields : undefined,
      responseText: ours ? undefined : text,
    });
  } catch (cause) {
    return new XModeError({ code: fallbackCode(status), status, cause });
  }
}

/**
 * The code of an answer whose body is not xMode's: `unauthorized` for 401,
 * `rate_limited` for 429, `internal_error` for a server fault (`isServerFault`: any 5xx
 * but 511), `unexpected_response` for everything else (another 4xx, 511, no status).
 */
export function fallbackCode(status: number): XModeErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 429) return 'rate_limited';
  return isServerFault(status) ? 'internal_error' : 'unexpected_response';
}

/**
 * True for a 5xx that says the API or a gateway in front of it is failing (a 502 page,
 * Cloudflare's 520–526, a 529 "overloaded"). Not 511: that is a captive portal asking the
 * user to sign in to the network (RFC 6585 §6), which no retry of the API fixes.
 */
export function isServerFault(status: number): boolean {
  return status >= 500 && status < 600 && status !== 511;
}

/** "30 s" or "500 ms". */
function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

/** Why a body read was cut, as the message of a success body that never arrived whole. */
export function cutMessage(status: number, cut: BodyCut, timeoutMs: number): string {
  return `The xMode API answered ${status}${cut === 'timeout' ? `, but its body did not arrive within ${seconds(timeoutMs)}` : ' with a body that is not JSON'}`;
}

/** The JSON of `text`; `undefined` when it is none (an empty body included). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
