import { createGate, type GateOptions } from './gate';
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

/** How a request that passed the circuit ended. */
export type CircuitOutcome = 'ok' | 'failed' | 'cancelled';

/**
 * Given by `pass()`: call it with the request's outcome once it has one. It returns true
 * when the caller may wait for the next window and send the request again instead of
 * failing: a probe that failed with others behind it, within `holdMs` of the outage's start.
 */
export type CircuitTicket = (outcome: CircuitOutcome, error?: XModeError) => boolean;

/**
 * A breaker for a struggling API (provider timeouts, 502/503/504). After the first such
 * failure, requests wait; when the window ends one request goes first (the probe). If it
 * succeeds every waiting request is sent; if it fails a new window opens. Windows start
 * short (`baseMs`) and grow with the outage (an eighth of its length so far, at most
 * `maxMs`), so a short outage is noticed within a fraction of a second and a long one costs
 * a few requests a minute. A `Retry-After` on the failure is honoured as the window.
 */
export interface Circuit {
  /** Resolves with a ticket when this request may be sent; rejects on abort or after `maxWaitMs` behind an open circuit. */
  pass(signal?: AbortSignal): Promise<CircuitTicket>;
  /** `closed` (send), `open` (wait), or `half-open` (the window ended: one probe goes). */
  state(): 'closed' | 'open' | 'half-open';
  /** Ends the current window now so the next request goes as the probe (a user's Retry). */
  probeNow(): void;
  /** Closes the circuit and releases every waiter (tests, a reset, another tab's success). */
  clear(): void;
  /** Epoch ms when the current window ends; 0 when none runs. For other tabs: the window ends by its timer. */
  until(): number;
  /**
   * Opens a window of `ms` without a failure of its own (another tab of the same key saw
   * the outage); never shortens a longer one, at most `maxWaitMs`.
   */
  hold(ms: number): void;
  /** Called when a window opens or the circuit closes. Returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** Timing of a circuit; the defaults suit the xMode API. */
export interface CircuitOptions extends GateOptions {
  /** Shortest window, in ms. Default 200. */
  baseMs?: number;
  /** Longest window of the circuit's own schedule, in ms. Default 8 000. */
  maxMs?: number;
  /** Longest a request waits before it fails unsent, in ms; also the longest window a `Retry-After` opens. Default 60 000. */
  maxWaitMs?: number;
  /** Source of the windows' jitter, in [0, 1). Default `Math.random`. */
  random?: () => number;
}

/** Creates a circuit. Every `createXModeClient` makes its own; pass one to several clients to share it. */
export function createCircuit(options: CircuitOptions = {}): Circuit {
  const {
    baseMs = CIRCUIT_BASE_MS,
    maxMs = CIRCUIT_MAX_MS,
    maxWaitMs = CIRCUIT_MAX_WAIT_MS,
    random = Math.random,
  } = options;
  const listeners = new Set<() => void>();
  let windowEnds = 0; // epoch ms, what other tabs are told
  const gate = createGate(options, () => {
    windowEnds = 0;
  });
  let lastFailure: XModeError | undefined;
  const notify = () => listeners.forEach((listener) => listener());
  const openFor = (ms: number) => {
    gate.open(ms);
    windowEnds = Date.now() + ms;
    notify();
  };
  const close = () => {
    const wasOpen = gate.phase() !== 'closed';
    gate.close();
    windowEnds = 0;
    if (wasOpen) notify();
  };

  const trip = (error?: XModeError) => {
    const share = Math.min(Math.max(baseMs, (gate.phase() === 'closed' ? 0 : gate.age()) * WINDOW_SHARE), maxMs);
    const own = share * (1 + WINDOW_JITTER * (2 * random() - 1));
    const asked = error?.retryAfterMs;
    const length = asked !== undefined && asked > own ? Math.min(asked, maxWaitMs) : own;
    lastFailure = error ?? lastFailure;
    openFor(length);
  };
  const ticket = (token?: object): CircuitTicket =>
    gate.ticket<CircuitOutcome>(token, (outcome, error, isProbe) => {
      // Any answer proves the API is back, whichever request brought it.
      if (outcome === 'ok') close();
      else if (outcome === 'cancelled') gate.release(isProbe);
      // The first failure opens the circuit; then only the probe's result counts.
      else if (gate.phase() === 'closed' || isProbe) {
        trip(error);
        return gate.holdAgain(isProbe);
      }
      return false;
    });
  const notSent = () =>
    new XModeError({
      code: lastFailure?.code ?? 'provider_error',
      status: lastFailure?.status ?? 0,
      message: 'Not sent: the API kept failing while this request waited',
      clientMessage: true,
    });

  return {
    state: gate.phase,
    clear: close,
    until: () => windowEnds,
    hold(ms) {
      if (!(ms > 0) || Date.now() + ms <= windowEnds) return;
      openFor(Math.min(ms, maxWaitMs));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    probeNow() {
      if (gate.phase() === 'closed') return;
      windowEnds = 0;
      gate.endNow();
    },
    pass: (signal) => gate.pass(signal, ticket, { ms: maxWaitMs, error: notSent }),
  };
}

/** A failure that says the API (or its provider) is struggling, not that the request is wrong. */
export function isOutage(error: XModeError): boolean {
  return error.code === 'provider_timeout' || error.code === 'provider_error' || [502, 503, 504].includes(error.status);
}
