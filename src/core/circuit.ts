import { GATHER_MS, HOLD_MS, PROBE_TIMEOUT_MS, createProbeLine } from './probeLine';
import { XModeError } from './XModeError';

/** Shortest window between two probes, in ms. */
const CIRCUIT_BASE_MS = 200;
/** Longest window of the circuit's own schedule, in ms (short: a waiting user sees "Loading"). */
const CIRCUIT_MAX_MS = 8_000;
/** Longest a request waits behind an open circuit before it fails instead, in ms. */
const CIRCUIT_MAX_WAIT_MS = 60_000;
/** Each window lasts this share of the time the circuit has been open (within base and max). */
const WINDOW_SHARE = 1 / 8;
/** Windows vary by ± this share, so clients that failed together do not probe together. */
const WINDOW_JITTER = 0.2;
/** Longest window a `Retry-After` on an outage answer opens, in ms. */
const MAX_RETRY_AFTER_WINDOW_MS = 10 * 60_000;

/** How a request that passed the circuit ended. */
export type CircuitOutcome = 'ok' | 'failed' | 'cancelled';

/**
 * Given by `pass()`: call it with the request's outcome once it has one. It returns true
 * when the caller may wait for the next window and send the request again instead of
 * failing: a probe that failed within `holdMs` of the outage's start.
 */
export interface CircuitTicket {
  (outcome: CircuitOutcome, error?: XModeError): boolean;
  /** True for the probe: the one request let through when a window ended. */
  readonly probe: boolean;
}

/**
 * A breaker for a struggling API (provider timeouts, 502/503/504). After the first such
 * failure, requests wait; when the window ends one request goes first (the probe). If it
 * succeeds every waiting request is sent; if it fails a new window opens. Windows start
 * short (`baseMs`) and grow with the outage (an eighth of its length so far, at most
 * `maxMs`), so a short outage is noticed within a fraction of a second and a long one costs
 * a few requests a minute. A `Retry-After` on the failure is honoured as the window.
 */
export interface Circuit {
  /** Resolves with a ticket when this request may be sent; rejects on abort, after `maxWaitMs` behind an open circuit, or at once when the window outlasts `maxWaitMs`. */
  pass(signal?: AbortSignal): Promise<CircuitTicket>;
  /** `closed` (send), `open` (wait), or `half-open` (the window ended: one probe goes). */
  state(): 'closed' | 'open' | 'half-open';
  /** Ends the current window now so the next request goes as the probe (a user's Retry). */
  probeNow(): void;
  /** Closes the circuit and releases every waiter (tests, a reset). */
  clear(): void;
}

/** Timing of a circuit; the defaults suit the xMode API. */
export interface CircuitOptions {
  /** Clock for how long the circuit has been open. Windows end by their timer, never by comparing clocks. */
  now?: () => number;
  /** Shortest window, in ms. Default 200. */
  baseMs?: number;
  /** Longest window of the circuit's own schedule, in ms. Default 8 000. */
  maxMs?: number;
  /** Share of the outage so far that the next window lasts. Default 1/8. */
  windowShare?: number;
  /** Longest window a `Retry-After` opens, in ms. Default 10 minutes. */
  maxRetryAfterMs?: number;
  /** Longest a request waits before it fails unsent, in ms. Default 60 000. */
  maxWaitMs?: number;
  /** After this long without a report, a probe is presumed lost and the next waiter goes. Default 30 000. */
  probeTimeoutMs?: number;
  /**
   * For this long into an outage, a failed probe's ticket says "wait again": the request keeps
   * its place like the ones behind it, so a short outage ends with all of them sent at once
   * rather than with the probes asleep in their retry backoff. Later failures reach the
   * caller's retry policy. 0 turns it off. Default 8 000.
   */
  holdMs?: number;
  /**
   * A request arriving after a window ended with nobody waiting goes as the probe this long
   * later, so the requests arriving meanwhile wait behind it (and it keeps its place on a
   * failure) instead of each failing alone into its retry backoff. Default 100.
   */
  gatherMs?: number;
  /** Source of the windows' jitter, in [0, 1). Default `Math.random`. */
  random?: () => number;
}

/** Creates a circuit. Every `createXModeClient` makes its own; pass one to several clients to share it. */
export function createCircuit(options: CircuitOptions = {}): Circuit {
  const {
    now = Date.now,
    baseMs = CIRCUIT_BASE_MS,
    maxMs = CIRCUIT_MAX_MS,
    windowShare = WINDOW_SHARE,
    maxRetryAfterMs = MAX_RETRY_AFTER_WINDOW_MS,
    maxWaitMs = CIRCUIT_MAX_WAIT_MS,
    probeTimeoutMs = PROBE_TIMEOUT_MS,
    holdMs = HOLD_MS,
    gatherMs = GATHER_MS,
    random = Math.random,
  } = options;
  let phase: ReturnType<Circuit['state']> = 'closed';
  const line = createProbeLine({ canProbe: () => phase === 'half-open', probeTimeoutMs, gatherMs });
  let openedAt = 0;
  let windowEnd = 0;
  let windowTimer: ReturnType<typeof setTimeout> | undefined;
  let lastFailure: XModeError | undefined;

  const windowLength = (error?: XModeError) => {
    const share = Math.min(Math.max(baseMs, (now() - openedAt) * windowShare), maxMs);
    const own = share * (1 + WINDOW_JITTER * (2 * random() - 1));
    const asked = error?.retryAfterMs;
    return asked !== undefined && asked > own ? Math.min(asked, maxRetryAfterMs) : own;
  };
  const close = () => {
    phase = 'closed';
    clearTimeout(windowTimer);
    line.releaseAll();
  };
  const endWindow = () => {
    phase = 'half-open';
    line.windowEnded();
  };
  const trip = (error?: XModeError) => {
    if (phase === 'closed') openedAt = now();
    lastFailure = error ?? lastFailure;
    phase = 'open';
    line.reset();
    const length = windowLength(error);
    windowEnd = now() + length;
    clearTimeout(windowTimer);
    // Only this timer ends the window. Date.now() and the timers' clock disagree by up to a
    // millisecond: a window that asked the clock whether it was over could stay shut forever.
    windowTimer = setTimeout(endWindow, length);
  };

  const ticket = (token?: object): CircuitTicket => {
    let used = false;
    const report = (outcome: CircuitOutcome, error?: XModeError) => {
      if (used) return false;
      used = true;
      const isProbe = line.isProbe(token);
      if (outcome === 'ok') {
        // Any answer proves the API is back, whichever request brought it.
        if (phase !== 'closed') close();
      } else if (outcome === 'failed') {
        // The first failure opens the circuit; then only the probe's result counts.
        if (phase === 'closed' || isProbe) trip(error);
        // The probe is one of the waiting requests: with others behind it, it keeps its place.
        return isProbe && line.waiting > 0 && now() - openedAt < holdMs;
      } else {
        line.release(token);
      }
      return false;
    };
    return Object.assign(report, { probe: token !== undefined });
  };

  const notSent = (retryAfterMs?: number) =>
    new XModeError({
      code: lastFailure?.code ?? 'provider_error',
      status: lastFailure?.status ?? 0,
      message: 'Not sent: the API kept failing while this request waited',
      clientMessage: true,
      retryAfterMs,
    });

  return {
    state: () => phase,
    clear: close,
    probeNow() {
      if (phase === 'closed') return;
      clearTimeout(windowTimer);
      phase = 'half-open';
      line.probeNow();
    },
    pass(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (phase === 'closed') return Promise.resolve(ticket());
      const token = line.tryProbe();
      if (token) return Promise.resolve(ticket(token));
      const left = windowEnd - now();
      if (phase === 'open' && left > maxWaitMs) return Promise.reject(notSent(Math.round(left)));
      return line.join(signal, { ms: maxWaitMs, error: () => notSent() }).then(ticket);
    },
  };
}

/** A failure that says the API (or its provider) is struggling, not that the request is wrong. */
export function isOutage(error: XModeError): boolean {
  return error.code === 'provider_timeout' || error.code === 'provider_error' || [502, 503, 504].includes(error.status);
}
