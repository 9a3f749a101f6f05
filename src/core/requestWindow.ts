import { createListeners } from './listeners';
import { MAX_TIMEOUT_MS } from './parseRetryAfter';

/** A probe that has not reported after this long is presumed lost, and the next request goes, in ms. */
const PROBE_TIMEOUT_MS = 30_000;

/** The clock windows are measured on: monotonic, so a wall-clock jump neither ends nor stretches a wait. */
export const monotonicNow = (): number => performance.now();

/**
 * Given to a request let through; call it once it has an outcome: `true` when an answer
 * that is not the window's cause came (the API answers again), `false` when none came
 * (aborted, offline: it proves nothing). A request that met the cause again opens the
 * window (`open`) instead.
 */
export type WindowTicket = (over: boolean) => void;

/**
 * A "do not send" window of one API client, for one cause (a 429, an outage). While it is
 * open, requests wait. When it ends, one request goes first (the probe) while the others
 * wait for its answer: any other answer closes the window and they all go; the same cause
 * opens it again, and they keep waiting. So a cause that persists costs one request per
 * window, whatever the number of waiting requests.
 */
export interface RequestWindow {
  /** When the window ends, on `monotonicNow()`'s clock; 0 when none runs. */
  until(): number;
  /** Opens the window for `ms`, or extends it; never shortens it. */
  open(ms: number): void;
  /** The window's time is up before its own timer says so (another tab's ended): the next request probes. */
  end(): void;
  /** The cause is over (an answer proved it): every waiting request goes now. */
  close(): void;
  /**
   * Resolves with a ticket when the request may be sent; with `undefined` when it would
   * wait longer than `maxWaitMs` (at once when the window has longer than that left);
   * rejects with the signal's reason on abort.
   */
  pass(signal?: AbortSignal, maxWaitMs?: number): Promise<WindowTicket | undefined>;
  /** When the current (or the last) episode began: its first open since the window was closed. Read it while `active()`. */
  since(): number;
  /** Whether an episode goes on: the window is open, or its probe's answer is awaited. */
  active(): boolean;
  /** Called when the window opens, is extended, ends or closes. */
  subscribe(listener: () => void): () => void;
}

/** Creates a window; `now` is its clock (tests pass their own). */
export function createRequestWindow(now: () => number = monotonicNow): RequestWindow {
  const { subscribe, notify } = createListeners();
  const waiting: Array<() => void> = [];
  // closed: send. open: wait until `until`. probing: the window ended; one request tests it.
  let phase: 'closed' | 'open' | 'probing' = 'closed';
  let until = 0;
  let since = 0; // when the episode began (first open since closed)
  let timer: ReturnType<typeof setTimeout> | undefined;
  let probe: object | undefined; // the probe's token while it is out
  let probeTimer: ReturnType<typeof setTimeout> | undefined;

  const dropProbe = () => {
    probe = undefined;
    clearTimeout(probeTimer);
  };
  // A ticket counts while its token is the probe's: once used, the probe is gone or another's.
  const ticket =
    (token?: object): WindowTicket =>
    (over) => {
      if (token === undefined || token !== probe) return;
      if (over) close();
      else admitProbe();
    };
  const takeProbe = (): WindowTicket => {
    const token = {};
    probe = token;
    probeTimer = setTimeout(() => probe === token && admitProbe(), PROBE_TIMEOUT_MS);
    return ticket(token);
  };
  // The window has ended and no probe is out: the first in line goes as the probe.
  function admitProbe() {
    dropProbe();
    if (phase === 'probing') waiting.shift()?.();
  }
  function end() {
    if (phase !== 'open') return;
    clearTimeout(timer);
    phase = 'probing';
    admitProbe();
    notify();
  }
  function close() {
    clearTimeout(timer);
    dropProbe();
    const wasClosed = phase === 'closed';
    phase = 'closed';
    waiting.splice(0).forEach((admit) => admit());
    if (!wasClosed) notify();
  }

  return {
    until: () => (phase === 'open' ? until : 0),
    since: () => since,
    active: () => phase !== 'closed',
    subscribe,
    end,
    close,
    open(requested) {
      const ms = Math.min(Math.max(0, requested), MAX_TIMEOUT_MS);
      const next = now() + ms;
      if (phase === 'open' && next <= until) return;
      if (phase === 'closed') since = now();
      phase = 'open';
      until = next;
      dropProbe();
      clearTimeout(timer);
      timer = setTimeout(end, ms);
      notify();
    },
    async pass(signal, maxWaitMs = Infinity) {
      if (signal?.aborted) throw signal.reason;
      if (phase === 'closed') return ticket();
      if (phase === 'probing' && !probe && waiting.length === 0) return takeProbe();
      if (phase === 'open' && until - now() > maxWaitMs) return undefined;
      return new Promise<WindowTicket | undefined>((resolve, reject) => {
        const leave = () => {
          const index = waiting.indexOf(admit);
          if (index >= 0) waiting.splice(index, 1);
          clearTimeout(deadline);
          signal?.removeEventListener('abort', onAbort);
        };
        const onAbort = () => {
          leave();
          reject(signal?.reason);
        };
        // Admitted while the window is closed: everyone goes, none as the probe.
        const admit = () => {
          leave();
          resolve(phase === 'closed' ? ticket() : takeProbe());
        };
        const deadline = maxWaitMs >= MAX_TIMEOUT_MS ? undefined : setTimeout(() => (leave(), resolve(undefined)), maxWaitMs);
        waiting.push(admit);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
}

/** The window after a 429 that names no `Retry-After`, in ms. */
export const DEFAULT_RATE_LIMIT_WINDOW_MS = 1_000;
/** Shortest 429 window, in ms: `Retry-After: 0` is no licence to ask again at once. */
export const MIN_RATE_LIMIT_WINDOW_MS = 500;
/** Longest 429 window, in ms: a server asking for days is asked again after 10 minutes. */
export const MAX_RATE_LIMIT_WINDOW_MS = 600_000;

/**
 * The window a 429 opens for its `Retry-After` (ms): the default without one, at most
 * 10 minutes; a shorter wait than 500 ms becomes 500 ms plus up to as much again of
 * jitter, so clients told "0" do not all come back together.
 */
export function rateLimitWindowMs(retryAfterMs = NaN, random: () => number = Math.random): number {
  if (!(retryAfterMs >= 0)) return DEFAULT_RATE_LIMIT_WINDOW_MS;
  if (retryAfterMs < MIN_RATE_LIMIT_WINDOW_MS) return MIN_RATE_LIMIT_WINDOW_MS + Math.floor(random() * MIN_RATE_LIMIT_WINDOW_MS);
  return Math.min(retryAfterMs, MAX_RATE_LIMIT_WINDOW_MS);
}

/** Shortest outage window, in ms: a short outage is noticed within a quarter of a second. */
const OUTAGE_MIN_MS = 250;
/** Longest outage window of the module's own schedule, in ms: a long outage costs a few requests a minute. */
const OUTAGE_MAX_MS = 8_000;
/** Longest outage window a `Retry-After` opens, in ms. */
const OUTAGE_MAX_RETRY_AFTER_MS = 60_000;
/** Each window lasts this share of the time the outage has lasted, ± the jitter share. */
const OUTAGE_SHARE = 1 / 8;
const OUTAGE_JITTER = 0.2;

/**
 * The window an outage opens (ms), `ageMs` into it: an eighth of its age so far, within
 * 250 ms and 8 s, ± 20 % so that clients that failed together do not probe together; a
 * longer `Retry-After` wins, up to a minute.
 */
export function outageWindowMs(ageMs: number, retryAfterMs: number | undefined, random: () => number = Math.random): number {
  const share = Math.min(Math.max(OUTAGE_MIN_MS, ageMs * OUTAGE_SHARE), OUTAGE_MAX_MS);
  const own = share * (1 + OUTAGE_JITTER * (2 * random() - 1));
  // (`own` is above 0: an absent `Retry-After` never wins.)
  return (retryAfterMs ?? 0) > own ? Math.min(retryAfterMs!, OUTAGE_MAX_RETRY_AFTER_MS) : own;
}
