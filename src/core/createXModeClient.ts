import { errorCatalog } from './errorCatalog';
import { cutMessage, errorFromResponse } from './errorFromResponse';
import { readBody, readTimeout } from './readBody';
import type { XModeErrorCode } from './codes';
import { createRequestWindow, monotonicNow, outageWindowMs, rateLimitWindowMs, type RequestWindow, type WindowTicket } from './requestWindow';
import { tabScope } from './tabChannel';
import { abortError, toXModeError } from './toXModeError';
import { outageScope } from './outage';
import { XModeError, isOwn } from './XModeError';
import { createListeners } from './listeners';

/** Longest a request may take, waits included, by default, in ms (`maxWaitMs`). */
export const DEFAULT_MAX_WAIT_MS = 60_000;
/** Largest success body parsed, in bytes; a longer one is an `unexpected_response`. */
export const MAX_SUCCESS_BODY_BYTES = 2 ** 24;

/**
 * The windows of a client, one per cause:
 * - `rateLimit`: after a 429; holds every request of the client;
 * - `outage`: the API itself is failing (`internal_error`, any 5xx page); holds every request;
 * - `provider`: the image provider is failing (`provider_timeout`, `provider_error`); holds
 *   generation requests (`POST /v1/generations…`) only: reads of other resources go on.
 */
export type WindowName = 'rateLimit' | 'outage' | 'provider';

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
   * Longest a request may take in all, waits included, before it fails instead of
   * waiting on: a request that would wait past it fails at once (`rate_limited` with
   * `retryAfterMs`, or the outage's code), unsent. Default 60 s.
   */
  maxWaitMs?: number;
  /**
   * Longest a response body may take to arrive after its headers, in ms: a body that
   * stalls ends as `timeout` (a success body) or as its status's code (an error body).
   * Default 30 s; `Infinity` for none.
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
 * every wait of its requests: its `windows` (see `WindowName`), which the UI reads.
 */
export interface XModeClient {
  /** This client's windows; no other client shares them. */
  readonly windows: Readonly<Record<WindowName, RequestWindow>>;
  /** Its `maxWaitMs`: a window with longer than this left fails new requests instead of holding them. */
  readonly maxWaitMs: number;
  /**
   * A short, non-reversible id of the base URL and the current key (never the key): tabs
   * with the same fingerprint share their windows and account state.
   */
  fingerprint(): string;
  /**
   * Calls `listener` with the epoch ms a request was sent, each time one succeeds (2xx):
   * evidence that the key worked then. Returns the removal.
   */
  onSuccess(listener: (sentAt: number) => void): () => void;
  /** Sends a request; resolves with the parsed JSON (or `undefined` for 204), or throws an `XModeError`. */
  request<T>(method: string, path: string, options?: XModeRequestOptions): Promise<T>;
  get<T>(path: string, options?: XModeRequestOptions): Promise<T>;
  post<T>(path: string, body?: unknown, options?: XModeRequestOptions): Promise<T>;
  delete<T>(path: string, options?: XModeRequestOptions): Promise<T>;
}

/** How many times a request refused by an outage is sent again by the client, when the catalog has no rule (a 5xx page). */
const OUTAGE_RESENDS = 2;

/**
 * A small fetch client for the xMode API: adds `Authorization: Bearer <key>`, parses
 * success bodies, and throws `XModeError` for everything else (HTTP errors, network
 * failures, aborts, unparseable 2xx). It owns every wait: a request refused with 429 waits
 * for the window its `Retry-After` opens and is sent again; a repeatable request refused by
 * an outage likewise (as many times as the catalog allows); while a window is open, new
 * requests wait in it, and when it ends one goes first (the probe) for all of them. All of
 * it within `maxWaitMs`. The key lives only in this closure; nothing is shared with other
 * clients or kept at module scope.
 *
 * @example
 * const xmode = createXModeClient({ baseUrl: '/api', apiKey: () => sessionStorage.getItem('key') ?? undefined });
 * const balance = await xmode.get<{ xTokens: number }>('/v1/balance');
 */
export function createXModeClient(options: XModeClientOptions): XModeClient {
  const base = parseBaseUrl((options as XModeClientOptions | undefined)?.baseUrl);
  const fetchImpl = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const readKey = typeof options.apiKey === 'function' ? options.apiKey : () => options.apiKey as string | undefined;
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  const readTimeoutMs = readTimeout(options.readTimeoutMs);
  const windows = { rateLimit: createRequestWindow(), outage: createRequestWindow(), provider: createRequestWindow() };
  // The code and status of what last opened each window: what a request that cannot wait
  // fails with (before any was seen here, e.g. a window another tab opened: the usual one).
  const causes: Record<WindowName, [XModeErrorCode, number]> = { rateLimit: ['rate_limited', 429], outage: ['internal_error', 500], provider: ['provider_error', 500] };
  // Told of each success with when its request was sent (XModeClient.onSuccess).
  const successes = createListeners<[sentAt: number]>();

  // A request sent before the window's episode began brings no news when it fails: only
  // the first failure, and the probe's (or any sent since), open or extend a window.
  const openWindow = (name: WindowName, error: XModeError, sentAt: number) => {
    const window = windows[name];
    if (window.active() && sentAt < window.since()) return;
    causes[name] = [error.code, error.status];
    window.open(
      name === 'rateLimit'
        ? rateLimitWindowMs(error.retryAfterMs)
        : outageWindowMs(window.active() ? monotonicNow() - window.since() : 0, error.retryAfterMs),
    );
  };
  const notSent = (name: WindowName) =>
    new XModeError({
      code: causes[name][0],
      status: causes[name][1],
      message: 'Not sent: the wait is longer than maxWaitMs',
      clientMessage: true,
      retryAfterMs: Math.max(0, Math.round(windows[name].until() - monotonicNow())),
    });

  async function request<T>(method: string, path: string, init: XModeRequestOptions = {}): Promise<T> {
    const verb = method.toUpperCase();
    const started = monotonicNow();
    // A request that met a cause itself waits in that cause's window from then on.
    const names = new Set<WindowName>(['rateLimit', 'outage']);
    if (isGeneration(verb, path)) names.add('provider');
    for (let resends = 0; ; resends += 1) {
      const passed: Array<[WindowName, WindowTicket]> = [];
      let sent = false;
      let sentAt = 0;
      let error: XModeError;
      try {
        for (const name of names) {
          const ticket = await windows[name].pass(init.signal, maxWaitMs - (monotonicNow() - started));
          if (!ticket) throw notSent(name);
          passed.push([name, ticket]);
        }
        sent = true;
        sentAt = monotonicNow();
        const value = await send<T>(verb, path, init);
        passed.forEach(([, ticket]) => ticket(true));
        return value;
      } catch (thrown) {
        error = settle(thrown, init.signal, 0);
      }
      const cause = sent ? windowOf(error) : undefined;
      if (cause) {
        openWindow(cause, error, sentAt);
        names.add(cause);
      }
      // Any other answer says the API answers again; no answer (or none sent) says nothing.
      const answered = sent && error.status > 0;
      passed.forEach(([name, ticket]) => name !== cause && ticket(answered));
      if (!cause || !mayResend(error, verb, resends)) throw error;
    }
  }

  /** One send: the parsed success, or an XModeError. */
  async function send<T>(method: string, path: string, init: XModeRequestOptions): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
    const key = readKey(); // a host's function, which may throw
    if (key) headers.authorization = `Bearer ${key}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const sentAt = Date.now();
    const response = asResponse(
      await fetchImpl(buildUrl(base, path, init.query), {
        method,
        headers,
        body: JSON.stringify(init.body), // undefined without a body
        signal: init.signal,
      }),
    );
    let value: T;
    try {
      if (!response.ok) throw await errorFromResponse(response, { signal: init.signal, readTimeoutMs });
      value = await readSuccess<T>(response, init.signal, readTimeoutMs);
    } catch (thrown) {
      throw settle(thrown, init.signal, response.status);
    }
    successes.notify(sentAt);
    return value;
  }

  return {
    windows,
    maxWaitMs,
    fingerprint: () => tabScope(base, readKey()),
    onSuccess: successes.subscribe,
    request,
    get: (path, init) => request('GET', path, init),
    post: (path, body, init) => request('POST', path, { ...init, body }),
    delete: (path, init) => request('DELETE', path, init),
  };
}

/** The window an error opens, if any. */
export function windowOf(error: XModeError): WindowName | undefined {
  if (error.aborted) return undefined;
  if (error.code === 'rate_limited') return 'rateLimit';
  const scope = outageScope(error);
  return scope === 'api' ? 'outage' : scope;
}

/**
 * Whether the client sends a request again after `error` opened a window, as the
 * catalog's `window` rule says: a 429 always (no limit, any method: the request was not
 * processed; `maxWaitMs` bounds it); an outage as often as the rule allows, and a POST or
 * DELETE only where it says the failed request did nothing.
 */
function mayResend(error: XModeError, method: string, resends: number): boolean {
  const rule = errorCatalog[error.code].retry;
  const { maxRetries, mutations } = rule.kind === 'window' ? rule : { maxRetries: OUTAGE_RESENDS, mutations: false };
  return resends < maxRetries && (mutations || method === 'GET' || method === 'HEAD');
}

/** A request that asks the image provider for work: the `provider` window holds these only. */
function isGeneration(method: string, path: string): boolean {
  return method === 'POST' && /^\/?v1\/generations(?:[/?]|$)/.test(path);
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
 * Never throws, whatever `thrown` is (a Proxy that throws on every access included).
 */
function settle(thrown: unknown, signal: AbortSignal | undefined, status: number): XModeError {
  try {
    if (isOwn(thrown)) return thrown;
    if (signal?.aborted) return abortError(signal.reason, status);
    if (status > 0) return new XModeError({ code: 'unexpected_response', status, message: cutMessage(status, 'failed', 0), clientMessage: true, cause: thrown });
  } catch {
    // A hostile value: toXModeError below never throws.
  }
  return toXModeError(thrown);
}

function parseBaseUrl(baseUrl: unknown): string {
  if (!(typeof baseUrl === 'string' && baseUrl.trim())) {
    throw new TypeError('createXModeClient: `baseUrl` must be a non-empty string, e.g. "/api"');
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
