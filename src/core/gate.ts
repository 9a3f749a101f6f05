import type { XModeError } from './XModeError';

/** A probe that has not reported after this long is presumed lost, in ms. */
const PROBE_TIMEOUT_MS = 30_000;
/** For this long into an episode (an outage, 429s), a failed probe with others behind it may wait again, in ms. */
const HOLD_MS = 8_000;
/** A request arriving after a window ended with nobody waiting waits this long for company, in ms. */
const GATHER_MS = 100;

/** Timing shared by the cooldown and the circuit (both take these options). */
export interface GateOptions {
  /** Clock for how long an episode has lasted. Windows end by their timer, never by comparing clocks. */
  now?: () => number;
  /** After this long without a report, a probe is presumed lost and the next waiter goes. Default 30 000. */
  probeTimeoutMs?: number;
  /**
   * For this long into an episode, a probe that failed with requests waiting behind it gets
   * "wait again": it keeps its place like them, so a short outage ends with all of them sent
   * at once rather than with the probes asleep in their retry backoff. Alone, or later, its
   * failure reaches the caller's retry policy. 0 turns it off. Default 8 000.
   */
  holdMs?: number;
  /**
   * A request arriving after a window ended with nobody waiting goes as the probe this long
   * later, so the requests arriving meanwhile wait behind it instead of each going (and
   * failing) alone. Default 100.
   */
  gatherMs?: number;
}

/** A request let through: with a token when it goes as the probe, without when everyone goes. */
type Admit = (token: object | undefined) => void;

/** A waiter's deadline: after `ms` it leaves the line with `error()`. */
export interface GateDeadline {
  ms: number;
  error: () => unknown;
}

/**
 * What the cooldown and the circuit share: a window that opens, ends by its own timer (never
 * by asking a clock that may disagree with the timers), then lets one request go first (the
 * probe) while the others wait in line for its answer; and the line's rules: a probe that
 * never reports frees its place after `probeTimeoutMs`; after a window that ended with
 * nobody waiting, the next request gathers company for `gatherMs` before it probes.
 */
export function createGate(options: GateOptions, onWindowEnd: () => void = () => undefined) {
  const { now = Date.now, probeTimeoutMs = PROBE_TIMEOUT_MS, holdMs = HOLD_MS, gatherMs = GATHER_MS } = options;
  const waiters: Admit[] = [];
  // closed: send. open: a window runs. half-open: the window ended; one request tests it.
  let phase: 'closed' | 'open' | 'half-open' = 'closed';
  let since = 0; // when the episode began
  let windowTimer: ReturnType<typeof setTimeout> | undefined;
  let probe: object | undefined; // the probe's token while it is out
  let probeTimer: ReturnType<typeof setTimeout> | undefined;
  let idle = false; // the window ended with nobody waiting
  let gatherTimer: ReturnType<typeof setTimeout> | undefined;

  const reset = () => {
    probe = undefined;
    idle = false;
    clearTimeout(probeTimer);
    clearTimeout(gatherTimer);
    gatherTimer = undefined;
  };
  const takeProbe = () => {
    const token = {};
    probe = token;
    probeTimer = setTimeout(() => {
      if (probe !== token) return;
      probe = undefined;
      admitProbe();
    }, probeTimeoutMs);
    return token;
  };
  const admitProbe = () => {
    if (phase === 'half-open' && !probe) waiters.shift()?.(takeProbe());
  };
  const endWindow = () => {
    phase = 'half-open';
    idle = waiters.length === 0;
    admitProbe();
    onWindowEnd();
  };

  return {
    phase: () => phase,
    /** How long the current episode has lasted, in ms. */
    age: () => now() - since,
    /** Opens (or replaces) the window for `ms`; no probe is out any more. */
    open(ms: number) {
      if (phase === 'closed') since = now();
      phase = 'open';
      reset();
      clearTimeout(windowTimer);
      windowTimer = setTimeout(endWindow, ms);
    },
    /** Ends the window now, and the probe goes at once (a user's Retry). */
    endNow() {
      clearTimeout(windowTimer);
      phase = 'half-open';
      reset();
      admitProbe();
    },
    /** Lets every waiter go, none as the probe. */
    close() {
      phase = 'closed';
      clearTimeout(windowTimer);
      reset();
      waiters.splice(0).forEach((admit) => admit(undefined));
    },
    /**
     * A ticket for the request holding `token`: `report` runs once, told whether it is the
     * probe; the ticket returns its answer ("wait again?").
     */
    ticket<O>(token: object | undefined, report: (outcome: O, error: XModeError | undefined, isProbe: boolean) => boolean) {
      let used = false;
      return (outcome: O, error?: XModeError): boolean => {
        if (used) return false;
        used = true;
        return report(outcome, error, token !== undefined && token === probe);
      };
    },
    /** Whether a probe that failed now may wait again: others wait behind it, early in the episode. */
    holdAgain: (isProbe: boolean) => isProbe && waiters.length > 0 && now() - since < holdMs,
    /** The probe brought no news (cancelled): the next waiter goes instead. */
    release(isProbe: boolean) {
      if (!isProbe) return;
      reset();
      admitProbe();
    },
    /** Resolves with `toTicket(token)` once the request may go; rejects on abort or at `deadline`. */
    pass<T>(signal: AbortSignal | undefined, toTicket: (token?: object) => T, deadline?: GateDeadline): Promise<T> {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (phase === 'closed') return Promise.resolve(toTicket());
      if (phase === 'half-open' && !probe) {
        if (!idle) return Promise.resolve(toTicket(takeProbe()));
        gatherTimer ??= setTimeout(() => {
          reset();
          admitProbe();
        }, gatherMs);
      }
      return new Promise<object | undefined>((resolve, reject) => {
        const leave = () => {
          const index = waiters.indexOf(admit);
          if (index >= 0) waiters.splice(index, 1);
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
        };
        const onAbort = () => {
          leave();
          reject(signal?.reason);
        };
        const timer = deadline
          ? setTimeout(() => {
              leave();
              reject(deadline.error());
            }, deadline.ms)
          : undefined;
        const admit: Admit = (token) => {
          leave();
          resolve(token);
        };
        waiters.push(admit);
        signal?.addEventListener('abort', onAbort, { once: true });
      }).then(toTicket);
    },
  };
}
