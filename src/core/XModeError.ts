import type { XModeErrorCode } from './codes';
import { normalizeFields } from './fields';
import { redactSecrets, redactValue } from './redact';
import { monotonicNow } from './requestWindow';
import { pickResponseHeaders } from './responseHeaders';
import { cleanText } from './text';

/** Longest `responseText` kept, in characters. */
export const MAX_RESPONSE_TEXT_LENGTH = 1_000;

/** What `new XModeError(init)` takes; every field is normalized by the constructor. */
export interface XModeErrorInit {
  code: XModeErrorCode;
  /** HTTP status, 0 when there was no response. */
  status: number;
  /** Server or client text; cleaned, key-redacted and length-capped here. */
  message?: unknown;
  /** Raw `fields`, any shape; normalized here. */
  fields?: unknown;
  retryAfterMs?: number;
  /** The response's request id; dropped when it holds a secret (then it is not one). */
  requestId?: string;
  /** True when the request was aborted by the caller (never shown to the user). */
  aborted?: boolean;
  /** True when `message` was written by this module, not sent by the server. */
  clientMessage?: boolean;
  /** What caused it; kept as a redacted copy (see `redactValue`), never as given. */
  cause?: unknown;
  /** The response's headers (`Headers` or a record); only the identifying ones are kept. */
  responseHeaders?: unknown;
  /** A body that is not xMode's error shape; kept cleaned, redacted and cut, for logs. */
  responseText?: unknown;
}

/**
 * The one error type of the module: anything a request to the xMode API can end with.
 *
 * `message` is plain text (never HTML), at most `MAX_MESSAGE_LENGTH` characters, with API
 * keys and bearer tokens redacted. `fields` is always an object (null prototype, frozen),
 * `path → message`; messages that belong to no safe field are under `FORM_FIELD`.
 * The constructor is the redaction boundary: message, fields keys and values, request id,
 * response headers and text, and the whole `cause` chain (a redacted copy that keeps name, message, stack and props)
 * hold no API key or bearer token, so `console.error`, `util.inspect`, `JSON.stringify`
 * and `toJSON()` (which leaves `cause` out) print none.
 *
 * @example
 * if (isXModeError(error) && error.code === 'rate_limited') wait(error.retryAfterMs);
 */
export class XModeError extends Error {
  override readonly name = 'XModeError' as const;
  declare readonly code: XModeErrorCode;
  declare readonly status: number;
  declare readonly fields: Readonly<Record<string, string>>;
  /** Field entries dropped because the response had more than `MAX_FIELDS`. */
  declare readonly omittedFieldCount: number;
  declare readonly retryAfterMs?: number;
  declare readonly requestId?: string;
  declare readonly aborted: boolean;
  /**
   * True when `message` is the server's own text (worth showing as "details"); false when
   * the module made it up (no body, a network failure, an abort).
   */
  declare readonly hasServerMessage: boolean;
  /** Epoch ms when the error was made (≈ when the response arrived): "when it happened". */
  declare readonly receivedAt: number;
  /**
   * When `retryAfterMs` has passed, on the monotonic clock windows use (`performance.now()`):
   * a wall-clock jump neither ends nor stretches it. Absent without `retryAfterMs`.
   */
  declare readonly retryUntil?: number;
  /**
   * For developers, never shown: the headers that say who answered (`server`, `via`,
   * `cf-ray`, `x-amz-cf-id`, `x-served-by`… a fixed allow-list), when there was a response.
   */
  declare readonly responseHeaders?: Readonly<Record<string, string>>;
  /**
   * For logs, never shown: the start of a body that was not xMode's error shape (a proxy's
   * page, another API's JSON), cleaned, key-redacted, at most `MAX_RESPONSE_TEXT_LENGTH`
   * characters. Its words never reach `message`: the UI describes such an answer by its code.
   */
  declare readonly responseText?: string;

  constructor(init: XModeErrorInit) {
    const given = cleanText(init.message);
    const { code, status } = init;
    const message = given ?? `xMode request failed: ${code}${status ? ` (HTTP ${status})` : ''}`;
    // An XModeError cause was redacted by its own constructor.
    const cause = isOwn(init.cause) ? init.cause : redactValue(init.cause);
    super(message, init.cause === undefined ? undefined : { cause });
    const { fields, omitted } = normalizeFields(init.fields);
    this.code = code;
    this.status = status;
    this.fields = fields;
    this.omittedFieldCount = omitted;
    const wait = init.retryAfterMs;
    // A number of ms or nothing (a look-alike from elsewhere may carry anything).
    if (typeof wait === 'number' && wait >= 0) {
      this.retryAfterMs = wait;
      this.retryUntil = monotonicNow() + wait;
    }
    const requestId = typeof init.requestId === 'string' ? init.requestId : undefined;
    if (requestId && redactSecrets(requestId) === requestId) this.requestId = requestId;
    this.aborted = init.aborted ?? false;
    this.hasServerMessage = given !== undefined && !init.clientMessage;
    this.receivedAt = Date.now();
    this.responseHeaders = pickResponseHeaders(init.responseHeaders);
    this.responseText = cleanText(init.responseText, MAX_RESPONSE_TEXT_LENGTH);
  }

  /** The serialisable part: name, message and every own field; no `cause`, no stack. */
  toJSON(): Omit<this, 'toJSON' | 'stack' | 'cause'> {
    return Object.assign({}, this, { message: this.message });
  }
}

/**
 * True for an `XModeError`, also one from another copy of this module (checks `name`).
 * Never throws: a Proxy whose traps throw is no XModeError.
 */
export function isXModeError(value: unknown): value is XModeError {
  try {
    return isOwn(value) || (value instanceof Error && value.name === 'XModeError' && 'code' in value && 'fields' in value);
  } catch {
    return false;
  }
}

/** `instanceof XModeError` that never throws (it asks a Proxy's `getPrototypeOf` trap). */
export function isOwn(value: unknown): value is XModeError {
  try {
    return value instanceof XModeError;
  } catch {
    return false;
  }
}
