import { GATHER_MS, HOLD_MS, PROBE_TIMEOUT_MS, createProbeLine } from './probeLine';
import type { XModeError } from './XModeError';

/** Cooldown after a 429 that named no `Retry-After`, in ms. */
export const DEFAULT_RATE_LIMIT_COOLDOWN_MS = 1_000;
/**
 * Longest shared cooldown, in ms. A server (or a broken proxy) asking for days is asked
 * again after 10 minutes at most instead of locking the dashboard until a reload.
 */
export const MAX_COOLDOWN_MS = 10 * 60_000;
/**
 * Shortest cooldown, in ms. A 429 saying `Retry-After: 0` is no licence to ask again at
 * once: a shorter wait becomes this plus up to as much again of jitter.
 */
export const MIN_COOLDOWN_MS = 500;

/** How a request that passed the cooldown ended: any answer but a 429 is `ok`. */
export type CooldownOutcome = 'ok' | 'limited' | 'cancelled';

/**
 * Given by `pass()`: call it with the request's outcome once it has one. It returns true
 * when the caller may wait for the next window and send the request again instead of
 * failing: a probe that met another 429 within `holdMs` of the first.
 */
export interface CooldownTicket {
  (outcome: CooldownOutcome, error?: XModeError): boolean;
  /** True for the probe: the one request let through when a window ended. */
  readonly probe: boolean;
}

/**
 * One "do not send" window for the requests of an API client. After a
 * 429 every request waits for the window to end instead of firing and getting 429
 * again. When it ends, one request goes first (the probe); the rest follow its result:
 * sent on any other answer, held for the next window on another 429. So a 429 that
 * persists costs one request per window, whatever the number of waiting queries.
 */
export interface Cooldown {
  /** Epoch ms when the current window ends; 0 when there is none. */
  until(): number;
  /** Opens (or extends — never shortens) the window for a `Retry-After` of `ms` (see `windowFor`). */
  start(ms?: number): void;
  /** Resolves with a ticket when this request may be sent; rejects with the signal's reason on abort. */
  pass(signal?: AbortSignal): Promise<CooldownTicket>;
  /**
   * The window a `Retry-After` of `ms` opens: the default when there is none (or it is not a
   * number), at most `maxMs`, at least `minMs` (`start` adds jitter above that floor). Read
   * it wherever a 429's deadline is shown, so every surface counts to the same moment.
   */
  windowFor(ms: number | undefined): number;
  /** Called when a window opens, is extended, or ends. Returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Ends the window and any probing now, releasing every waiter (tests, a manual "try now"). */
  clear(): void;
}

/** Clock, bounds and randomness of a cooldown (tests inject `now` and `random`). */
export interface CooldownOptions {
  now?: () => number;
  /** Longest window, in ms. Default `MAX_COOLDOWN_MS` (10 minutes). */
  maxMs?: number;
  /** Shortest window, in ms. Default 500. */
  minMs?: number;
  /** Window of a 429 without `Retry-After`, in ms. Default `DEFAULT_RATE_LIMIT_COOLDOWN_MS` (1 s). */
  defaultMs?: number;
  /** After this long without a report, a probe is presumed lost and the next waiter goes. Default 30 000. */
  probeTimeoutMs?: number;
  /**
   * For this long after the first 429, a probe that meets another gets "wait again": the
   * request keeps its place like the ones behind it instead of sleeping in its own retry
   * backoff. Later 429s reach the caller's retry policy. 0 turns it off. Default 8 000.
   */
  holdMs?: number;
  /** A request arriving after a window ended with nobody waiting goes as the probe this long later, with whoever came meanwhile behind it. Default 100. */
  gatherMs?: number;
  /** Source of the floor's jitter, in [0, 1). Default `Math.random`. */
  random?: () => number;
}

/**
 * Creates a cooldown. Every `createXModeClient` makes its own (one window per client, so
 * per API key and base URL); pass one cooldown to several clients to share a window.
 */
export function createCooldown(options: CooldownOptions = {}): Cooldown {
  const {
    now = Date.now,
    maxMs = MAX_COOLDOWN_MS,
    minMs = MIN_COOLDOWN_MS,
    defaultMs = DEFAULT_RATE_LIMIT_COOLDOWN_MS,
    probeTimeoutMs = PROBE_TIMEOUT_MS,
    holdMs = HOLD_MS,
    gatherMs = GATHER_MS,
    random = Math.random,
  } = options;
  const listeners = new Set<() => void>();
  // closed: send. open: a window runs. probing: the window ended; one request tests it.
  let phase: 'closed' | 'open' | 'probing' = 'closed';
  const line = createProbeLine({ canProbe: () => phase === 'probing', probeTimeoutMs, gatherMs });
  let until = 0;
  let limitedSince = 0; // when the first 429 of this episode came
  let timer: ReturnType<typeof setTimeout> | undefined;

  const notify = () => listeners.forEach((listener) => listener());
  const windowFor = (ms: number | undefined) =>
    ms === undefined || Number.isNaN(ms) ? defaultMs : Math.min(Math.max(ms, minMs), maxMs);
  const close = () => {
    phase = 'closed';
    line.releaseAll();
  };
  // Only the timer ends a window (never a comparison of clocks that may disagree).
  const end = () => {
    clearTimeout(timer);
    until = 0;
    phase = 'probing';
    line.windowEnded();
    notify();
  };
  const start = (ms?: number) => {
    const floor = ms !== undefined && !Number.isNaN(ms) && ms < minMs;
    const length = windowFor(ms) + (floor ? Math.floor(random() * minMs) : 0);
    const next = now() + length;
    if (phase === 'open' && next <= until) return;
    if (phase === 'closed') limitedSince = now();
    until = next;
    phase = 'open';
    line.reset();
    clearTimeout(timer);
    timer = setTimeout(end, length);
    notify();
  };

  const ticket = (token?: object): CooldownTicket => {
    let used = false;
    const report = (outcome: CooldownOutcome, error?: XModeError) => {
      if (used) return false;
      used = true;
      const isProbe = line.isProbe(token);
      if (outcome === 'limited') {
        start(error?.retryAfterMs);
        // The probe is one of the waiting requests: with others behind it, it keeps its place.
        return isProbe && line.waiting > 0 && now() - limitedSince < holdMs;
      }
      // Only an answer after the window says the limit is over; one sent before it says nothing.
      if (outcome === 'ok' && phase === 'probing') close();
      else if (outcome === 'cancelled') line.release(token);
      return false;
    };
    return Object.assign(report, { probe: token !== undefined });
  };

  return {
    until: () => (phase === 'open' ? until : 0),
    start,
    windowFor,
    pass(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (phase === 'closed') return Promise.resolve(ticket());
      const token = line.tryProbe();
      if (token) return Promise.resolve(ticket(token));
      return line.join(signal).then(ticket);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear() {
      const open = phase === 'open';
      clearTimeout(timer);
      until = 0;
      close();
      if (open) notify();
    },
  };
}
