import { createCircuit, isOutage, type Circuit, type CircuitTicket } from './circuit';
import { createCooldown, type Cooldown, type CooldownTicket } from './cooldown';
import { errorFromResponse } from './errorFromResponse';
import { DEFAULT_MAX_RETRY_AFTER_MS } from './retryPolicy';
import { readBody } from './readBody';
import { toXModeError } from './toXModeError';
import { XModeError } from './XModeError';

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
    const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
    const key = readKey();
    if (key) headers.authorization = `Bearer ${key}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    let done: CircuitTicket | undefined;
    let slot: CooldownTicket | undefined;
    try {
      const left = cooldown.until() - Date.now();
      if (left > maxWaitMs) {
        throw new XModeError({ code: 'rate_limited', status: 429, message: 'Rate limited: not sent until the cooldown ends', retryAfterMs: left, clientMessage: true });
      }
      slot = await cooldown.pass(init.signal);
      done = await circuit.pass(init.signal);
      response = await fetchImpl(buildUrl(base, path, init.query), {
        method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: init.signal,
      });
    } catch (thrown) {
      // No answer is no news about the API: free the probe slot, open nothing.
      done?.('cancelled');
      slot?.('cancelled');
      throw toXModeError(thrown);
    }
    if (!response.ok) {
      const error = await errorFromResponse(response);
      const outageAgain = done(isOutage(error) ? 'failed' : 'ok', error);
      const limitedAgain = slot(error.code === 'rate_limited' ? 'limited' : 'ok', error);
      attempt.holdAgain = outageAgain || limitedAgain;
      throw error;
    }
    done('ok');
    slot('ok');
    if (response.status === 204) return undefined as T;
    const { text, truncated } = await readBody(response, MAX_SUCCESS_BODY_BYTES);
    if (!text) return undefined as T;
    try {
      if (!truncated) return JSON.parse(text) as T;
    } catch {
      // fall through: a 2xx that is not JSON is an unexpected response.
    }
    throw new XModeError({
      code: 'unexpected_response',
      status: response.status,
      message: `The xMode API answered ${response.status} with a body that is not JSON`,
      clientMessage: true,
      requestId: response.headers.get('x-request-id') ?? undefined,
    });
  }

  return {
    cooldown,
    circuit,
    request,
    get: (path, init) => request('GET', path, init),
    post: (path, body, init) => request('POST', path, { ...init, body }),
    delete: (path, init) => request('DELETE', path, init),
  };
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
