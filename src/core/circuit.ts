import { XModeError } from './XModeError';

/** First window after an API failure burst, in ms; doubled per failed probe. */
export const CIRCUIT_BASE_MS = 1_000;
/** Longest window between two probes, in ms (short: a waiting user sees "Loading"). */
export const CIRCUIT_MAX_MS = 8_000;
/** Longest a request waits behind an open circuit before it fails instead, in ms. */
export const CIRCUIT_MAX_WAIT_MS = 60_000;
/** A probe that has not reported after this long is presumed lost, in ms. */
const PROBE_TIMEOUT_MS = 30_000;

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
  /** Clock of the circuit. Windows end by their timer, never by comparing clocks. */
  now?: () => number;
  baseMs?: number;
  maxMs?: number;
  maxWaitMs?: number;
  /** After this long without a report, a probe is presumed lost and the next waiter goes. Default 30 000. */
  probeTimeoutMs?: number;
}

interface Waiter {
  admit: (probe: object | undefined) => void;
}

/** Creates a circuit; `sharedCircuit` is the one `createXModeClient` uses by default. */
export function createCircuit(options: CircuitOptions = {}): Circuit {
  const { baseMs = CIRCUIT_BASE_MS, maxMs = CIRCUIT_MAX_MS, maxWaitMs = CIRCUIT_MAX_WAIT_MS, probeTimeoutMs = PROBE_TIMEOUT_MS } = options;
  const waiters: Waiter[] = [];
  let failures = 0; // failed windows in a row; 0 = closed
  let phase: ReturnType<Circuit['state']> = 'closed';
  let probe: object | undefined; // the probe's token while it is out
  let timer: ReturnType<typeof setTimeout> | undefined;
  let probeTimer: ReturnType<typeof setTimeout> | undefined;
  let lastFailure: XModeError | undefined;

  const freeProbe = () => {
    probe = undefined;
    clearTimeout(probeTimer);
  };
  const takeProbe = () => {
    const token = {};
    probe = token;
    // A probe that never reports (a lost request) must not keep the circuit half-open.
    probeTimer = setTimeout(() => {
      if (probe !== token) return;
      freeProbe();
      admitProbe();
    }, probeTimeoutMs);
    return token;
  };
  const close = () => {
    failures = 0;
    phase = 'closed';
    freeProbe();
    clearTimeout(timer);
    waiters.splice(0).forEach((waiter) => waiter.admit(undefined));
  };
  const admitProbe = () => {
    if (phase !== 'half-open' || probe) return;
    waiters.shift()?.admit(takeProbe());
  };
  const endWindow = () => {
    phase = 'half-open';
    admitProbe();
  };
  const trip = () => {
    failures += 1;
    phase = 'open';
    freeProbe();
    const length = Math.min(baseMs * 2 ** (failures - 1), maxMs);
    clearTimeout(timer);
    // Only this timer ends the window. Date.now() and the timers' clock disagree by up to a
    // millisecond: a window that asked the clock whether it was over could stay shut forever.
    timer = setTimeout(endWindow, length);
  };

  const ticket = (token?: object): CircuitTicket => {
    let used = false;
    return (outcome, error) => {
      if (used) return;
      used = true;
      const isProbe = token !== undefined && probe === token;
      if (outcome === 'ok') {
        // Any answer proves the API is back, whichever request brought it.
        if (failures > 0) close();
      } else if (outcome === 'failed') {
        // The first failure opens the circuit; then only the probe's result counts.
        if (failures === 0 || isProbe) {
          lastFailure = error ?? lastFailure;
          trip();
        }
      } else if (isProbe) {
        freeProbe();
        admitProbe();
      }
    };
  };

  return {
    state: () => phase,
    clear: close,
    probeNow() {
      if (phase !== 'open') return;
      clearTimeout(timer);
      endWindow();
    },
    pass(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (phase === 'closed') return Promise.resolve(ticket());
      if (phase === 'half-open' && !probe) return Promise.resolve(ticket(takeProbe()));
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
          admit: (token) => {
            leave();
            resolve(ticket(token));
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
