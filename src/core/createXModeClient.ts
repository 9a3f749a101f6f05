import { createCircuit, isOutage, type Circuit, type CircuitTicket } from './circuit';
import { createCooldown, type Cooldown, type CooldownTicket } from './cooldown';
import { cutMessage, errorFromResponse } from './errorFromResponse';
import { tabScope } from './tabChannel';
import { DEFAULT_MAX_RETRY_AFTER_MS } from './retryPolicy';
import { readBody, readTimeout } from './readBody';
import { abortError, toXModeError } from './toXModeError';
import { XModeError, isXModeError } from './XModeError';

/** Largest success body parsed, in bytes; a longer one is an `unexpected_response`. */
export const MAX_SUCCESS_BODY_BYTES = 16 * 1024 * 1024;

/** Settings of `createXModeClient`. */
export interface XModeClientOptions {
  /** API origin and prefix, e.g. `https://api.xmode.example` (no trailing `/v1`). */
  baseUrl: string;
  /**
   * The `xm_live_…` key, or a function read on every request (a key kept in memory by a
   * settings page). Omit it when a proxy adds the header. Never logged, never in errors.
   */
  apiKey?: string | (() => string | undefined);
  /** A `fetch` to use instead of the global one (tests, instrumentation). */
  fetch?: typeof fetch;
  /**
   * This client's 429 window: requests wait for it instead of being sent, and a 429 opens
   * it. Default: a new one per client (`createCooldown()`), so two clients (two API keys,
   * two users a server renders for) never hold each other back. Pass one cooldown to
   * several clients of the same key to share it.
   */
  cooldown?: Cooldown;
  /**
   * This client's breaker for provider timeouts and 502/503/504: after such a failure,
   * requests wait and one probe goes first. Default: a new one per client
   * (`createCircuit()`, whose options tune the windows).
   */
  circuit?: Circuit;
  /**
   * A request made while the window has longer than this left fails at once with
   * `rate_limited` (nothing is sent) instead of waiting. Default 60 s.
   */
  maxWaitMs?: number;
  /**
   * Longest a response body may take to arrive after its headers, in ms: a body that
   * stalls (or trickles) ends as `timeout` (a success body) or as its status's code (an
   * error body) instead of never settling. Default 30 s; `Infinity` for none.
   */
  readTimeoutMs?: number;
}

/** Per-request options: body, query string, abort signal, extra headers. */
export interface XModeRequestOptions {
  /** JSON body; sent with `content-type: application/json`. */
  body?: unknown;
  /** Query parameters; `undefined` values are left out. */
  query?: Record<string, string | number | boolean | undefined>;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/**
 * The fetch client `createXModeClient` returns; every method throws `XModeError`. It owns
 * the request state of its API key: the 429 `cooldown` and the outage `circuit`, which a
 * query client built from it (`createXModeQueryClient({ api })`) reads too.
 */
export interface XModeClient {
  /** The 429 window this client's requests wait for. */
  readonly cooldown: Cooldown;
  /** The outage breaker this client's requests pass. */
  readonly circuit: Circuit;
  /**
   * A short, non-reversible id of the base URL and the current key (never the key): tabs
   * with the same fingerprint share what their errors taught.
   */
  fingerprint(): string;
  /** Sends a request; resolves with the parsed JSON (or `undefined` for 204), or throws an `XModeError`. */
  request<T>(method: string, path: string, options?: XModeRequestOptions): Promise<T>;
  get<T>(path: string, options?: XModeRequestOptions): Promise<T>;
  post<T>(path: string, body?: unknown, options?: XModeRequestOptions): Promise<T>;
  delete<T>(path: string, options?: XModeRequestOptions): Promise<T>;
}

/**
 * A small fetch client for the xMode API: adds `Authorization: Bearer <key>`, parses
 * success bodies, and throws `XModeError` for everything else (HTTP errors, network
 * failures, aborts, unparseable 2xx). The key lives only in this closure. Each client has
 * its own cooldown and circuit: no state is shared between clients or module-wide.
 *
 * @example
 * const xmode = createXModeClient({ baseUrl: '/api', apiKey: () => keyStore.current });
 * const balance = await xmode.get<{ xTokens: number }>('/v1/balance');
 */
export function createXModeClient(options: XModeClientOptions): XModeClient {
  const base = parseBaseUrl((options as XModeClientOptions | undefined)?.baseUrl);
  const fetchImpl = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const readKey = typeof options.apiKey === 'function' ? options.apiKey : () => options.apiKey as string | undefined;
  const { cooldown = createCooldown(), circuit = createCircuit(), maxWaitMs = DEFAULT_MAX_RETRY_AFTER_MS } = options;
  const readTimeoutMs = readTimeout(options.readTimeoutMs);

  // A GET sent as the probe of the cooldown or the circuit follows its result like the
  // requests behind it: when the ticket says so (another 429 or outage early in the
  // episode), it waits for the next window instead of failing its caller.
  async function request<T>(method: string, path: string, init: XModeRequestOptions = {}): Promise<T> {
    const repeatable = ['GET', 'HEAD'].includes(method.toUpperCase());
    for (;;) {
      const attempt = { holdAgain: false };
      try {
        return await send<T>(method, path, init, attempt);
      } catch (error) {
        if (!repeatable || !attempt.holdAgain) throw error;
      }
    }
  }

  async function send<T>(method: string, path: string, init: XModeRequestOptions, attempt: { holdAgain: boolean }): Promise<T> {
    let response: Response;
    let done: CircuitTicket | undefined;
    let slot: CooldownTicket | undefined;
    try {
      const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
      const key = readKey(); // a host's function, which may throw
      if (key) headers.authorization = `Bearer ${key}`;
      if (init.body !== undefined) headers['content-type'] = 'application/json';
      const left = cooldown.until() - Date.now();
      if (left > maxWaitMs) {
        throw new XModeError({ code: 'rate_limited', status: 429, message: 'Rate limited: not sent until the cooldown ends', retryAfterMs: left, clientMessage: true });
      }
      slot = await cooldown.pass(init.signal);
      done = await circuit.pass(init.signal);
      response = asResponse(
        await fetchImpl(buildUrl(base, path, init.query), {
          method,
          headers,
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
          signal: init.signal,
        }),
      );
    } catch (thrown) {
      // No answer is no news about the API: free the probe slot, open nothing.
      done?.('cancelled');
      slot?.('cancelled');
      throw settle(thrown, init.signal, 0);
    }
    // Every path below reports to the circuit and settles with an XModeError: a ticket
    // already used by an answer ignores the 'cancelled' of a body that broke afterwards.
    let status = 0;
    try {
      status = response.status;
      if (!response.ok) {
        const error = await errorFromResponse(response, { signal: init.signal, readTimeoutMs });
        const outageAgain = done(isOutage(error) ? 'failed' : 'ok', error);
        const limitedAgain = slot(error.code === 'rate_limited' ? 'limited' : 'ok', error);
        attempt.holdAgain = outageAgain || limitedAgain;
        throw error;
      }
      done('ok');
      slot('ok');
      return await readSuccess<T>(response, init.signal, readTimeoutMs);
    } catch (thrown) {
      done('cancelled');
      slot('cancelled');
      throw settle(thrown, init.signal, status);
    }
  }

  return {
    cooldown,
    circuit,
    fingerprint: () => tabScope(base, readKey()),
    request,
    get: (path, init) => request('GET', path, init),
    post: (path, body, init) => request('POST', path, { ...init, body }),
    delete: (path, init) => request('DELETE', path, init),
  };
}

/** The parsed JSON of a 2xx (`undefined` for 204 or no body); a cut or non-JSON body throws. */
async function readSuccess<T>(response: Response, signal: AbortSignal | undefined, timeoutMs: number): Promise<T> {
  if (response.status === 204) return undefined as T;
  const { text, cut } = await readBody(response, { limit: MAX_SUCCESS_BODY_BYTES, signal, timeoutMs });
  if (cut === 'aborted') throw abortError(signal?.reason, response.status);
  if (!text && !cut) return undefined as T;
  try {
    if (!cut) return JSON.parse(text) as T;
  } catch {
    // fall through: a 2xx that is not JSON is an unexpected response.
  }
  throw new XModeError({
    code: cut === 'timeout' ? 'timeout' : 'unexpected_response',
    status: response.status,
    message: cutMessage(response.status, cut ?? 'failed', timeoutMs),
    clientMessage: true,
    requestId: response.headers.get('x-request-id') ?? undefined,
  });
}

/** What fetch resolved with, when it is a Response (any implementation's); else a clear error. */
function asResponse(value: unknown): Response {
  const response = value as Response | null | undefined;
  if (typeof response?.ok === 'boolean' && typeof response.status === 'number') return response;
  throw new XModeError({ code: 'unexpected_response', status: 0, message: 'fetch resolved without a Response', clientMessage: true });
}

/**
 * The XModeError a request ends with, whatever was thrown: its own errors as they are; a
 * signal that aborted (any reason) as an abort or a timeout; a body that broke after an
 * answer as an unexpected response of that status; anything else through `toXModeError`.
 */
function settle(thrown: unknown, signal: AbortSignal | undefined, status: number): XModeError {
  if (thrown instanceof XModeError) return thrown;
  if (signal?.aborted) return abortError(signal.reason, status);
  if (status === 0 || isXModeError(thrown)) return toXModeError(thrown);
  return new XModeError({
    code: 'unexpected_response',
    status,
    message: `The xMode API answered ${status} with a body that could not be read`,
    clientMessage: true,
    cause: thrown,
  });
}

function parseBaseUrl(baseUrl: unknown): string {
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') {
    throw new TypeError('createXModeClient: `baseUrl` must be a non-empty string such as "https://api.example.com" or "/api"');
  }
  return baseUrl.replace(/\/+$/, '');
}

function buildUrl(base: string, path: string, query: XModeRequestOptions['query']): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) search.set(name, String(value));
  }
  const qs = search.toString();
  return `${base}${path.startsWith('/') ? path : `/${path}`}${qs ? `?${qs}` : ''}`;
}
