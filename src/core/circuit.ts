import { XModeError } from './XModeError';

/** First window after an API failure burst, in ms; doubled per failed probe. */
export const CIRCUIT_BASE_MS = 1_000;
/** Longest window between two probes, in ms (short: a waiting user sees "Loading"). */
export const CIRCUIT_MAX_MS = 8_000;
/** Longest a request waits behind an open circuit before it fails instead, in ms. */
export const CIRCUIT_MAX_WAIT_MS = 60_000;

/** How a request that passed the circuit ended. */
export type CircuitOutcome = 'ok' | 'failed' | 'cancelled';

/** Given by `pass()`: report the request's outcome once it has one. */
export type CircuitTicket = (outcome: CircuitOutcome, error?: XModeError) => void;

/**
 * A shared breaker for a struggling API (provider timeouts, 502/503/504). After the first
 * such failure, requests wait; when the window ends one request goes first (the probe).
 * If it succeeds every waiting request is sent; if it fails the window doubles. So a
 * burst of 20 failing queries costs one request per window instead of 20 per retry wave,
 * and recovery follows the first success.
 */
export interface Circuit {
  /** Resolves with a ticket when this request may be sent; rejects on abort or after `maxWaitMs` behind an open circuit. */
  pass(signal?: AbortSignal): Promise<CircuitTicket>;
  /** `closed` (send), `open` (wait), or `half-open` (one probe is out). */
  state(): 'closed' | 'open' | 'half-open';
  /** Ends the current window now so the next request goes as the probe (a user's Retry). */
  probeNow(): void;
  /** Closes the circuit and releases every waiter (tests, a reset). */
  clear(): void;
}

/** Timing of a circuit; the defaults suit the xMode API. */
export interface CircuitOptions {
  now?: () => number;
  baseMs?: number;
  maxMs?: number;
  maxWaitMs?: number;
}

interface Waiter {
  admit: (probe: boolean) => void;
}

/** Creates a circuit; `sharedCircuit` is the one `createXModeClient` uses by default. */
export function createCircuit(options: CircuitOptions = {}): Circuit {
  const { now = Date.now, baseMs = CIRCUIT_BASE_MS, maxMs = CIRCUIT_MAX_MS, maxWaitMs = CIRCUIT_MAX_WAIT_MS } = options;
  const waiters: Waiter[] = [];
  let failures = 0; // failed windows in a row; 0 = closed
  let openUntil = 0;
  let probeOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastFailure: XModeError | undefined;

  const state = () => (failures === 0 ? 'closed' : now() < openUntil ? 'open' : 'half-open');

  const close = () => {
    failures = 0;
    probeOut = false;
    clearTimeout(timer);
    waiters.splice(0).forEach((waiter) => waiter.admit(false));
  };
  const admitProbe = () => {
    // A timer may fire before `now()` reaches the window's end (Node measures timers on a
    // cached loop clock): wait out the rest instead of leaving every waiter parked.
    const left = failures > 0 ? openUntil - now() : 0;
    if (left > 0) {
      clearTimeout(timer);
      timer = setTimeout(admitProbe, left);
      return;
    }
    if (state() !== 'half-open' || probeOut) return;
    const next = waiters.shift();
    if (!next) return;
    probeOut = true;
    next.admit(true);
  };
  const trip = () => {
    failures += 1;
    probeOut = false;
    const length = Math.min(baseMs * 2 ** (failures - 1), maxMs);
    openUntil = now() + length;
    clearTimeout(timer);
    timer = setTimeout(admitProbe, length);
  };

  const ticket = (probe: boolean): CircuitTicket => {
    let used = false;
    return (outcome, error) => {
      if (used) return;
      used = true;
      if (outcome === 'ok') {
        // Any answer proves the API is back, whichever request brought it.
        if (failures > 0) close();
      } else if (outcome === 'failed') {
        // The first failure opens the circuit; then only the probe's result counts.
        if (failures === 0 || probe) {
          lastFailure = error ?? lastFailure;
          trip();
        }
      } else if (probe) {
        probeOut = false;
        admitProbe();
      }
    };
  };

  return {
    state,
    clear: close,
    probeNow() {
      if (state() !== 'open') return;
      openUntil = now();
      clearTimeout(timer);
      admitProbe();
    },
    pass(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      const current = state();
      if (current === 'closed') return Promise.resolve(ticket(false));
      if (current === 'half-open' && !probeOut) {
        probeOut = true;
        return Promise.resolve(ticket(true));
      }
      return new Promise<CircuitTicket>((resolve, reject) => {
        const leave = () => {
          const index = waiters.indexOf(waiter);
          if (index >= 0) waiters.splice(index, 1);
          clearTimeout(deadline);
          signal?.removeEventListener('abort', onAbort);
        };
        const onAbort = () => {
          leave();
          reject(signal?.reason);
        };
        const deadline = setTimeout(() => {
          leave();
          reject(
            new XModeError({
              code: lastFailure?.code ?? 'provider_error',
              status: lastFailure?.status ?? 0,
              message: 'Not sent: the API kept failing while this request waited',
              clientMessage: true,
            }),
          );
        }, maxWaitMs);
        const waiter: Waiter = {
          admit: (probe) => {
            leave();
            resolve(ticket(probe));
          },
        };
        waiters.push(waiter);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
}

/** The circuit shared by default by every `createXModeClient`. */
export const sharedCircuit: Circuit = createCircuit();

/** A failure that says the API (or its provider) is struggling, not that the request is wrong. */
export function isOutage(error: XModeError): boolean {
  return error.code === 'provider_timeout' || error.code === 'provider_error' || [502, 503, 504].includes(error.status);
}
