import { createGate, type GateOptions } from './gate';
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
export type CooldownTicket = (outcome: CooldownOutcome, error?: XModeError) => boolean;

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
   * number), at most `maxMs`, at least 500 ms (`start` adds up to 500 ms of jitter above that floor). Read
   * it wherever a 429's deadline is shown, so every surface counts to the same moment.
   */
  windowFor(ms: number | undefined): number;
  /** Called when a window opens, is extended, or ends. Returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Ends the window and any probing now, releasing every waiter (tests, a manual "try now"). */
  clear(): void;
}

/** Clock, bounds and randomness of a cooldown (tests inject `now` and `random`). */
export interface CooldownOptions extends GateOptions {
  /** Longest window, in ms. Default `MAX_COOLDOWN_MS` (10 minutes). */
  maxMs?: number;
  /** Source of the floor's jitter, in [0, 1). Default `Math.random`. */
  random?: () => number;
}

/** A wait shorter than the floor becomes the floor plus up to as much again of jitter. */
export function jitteredFloor(random: () => number): number {
  return MIN_COOLDOWN_MS + Math.floor(random() * MIN_COOLDOWN_MS);
}

/**
 * Creates a cooldown. Every `createXModeClient` makes its own (one window per client, so
 * per API key and base URL); pass one cooldown to several clients to share a window.
 */
export function createCooldown(options: CooldownOptions = {}): Cooldown {
  const { now = Date.now, maxMs = MAX_COOLDOWN_MS, random = Math.random } = options;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const gate = createGate(options, notify);
  let until = 0;

  const windowFor = (ms: number | undefined) =>
    ms === undefined || Number.isNaN(ms) ? DEFAULT_RATE_LIMIT_COOLDOWN_MS : Math.min(Math.max(ms, MIN_COOLDOWN_MS), maxMs);
  const start = (ms?: number) => {
    const length = ms !== undefined && ms < MIN_COOLDOWN_MS ? jitteredFloor(random) : windowFor(ms);
    const next = now() + length;
    if (gate.phase() === 'open' && next <= until) return;
    until = next;
    gate.open(length);
    notify();
  };
  const ticket = (token?: object): CooldownTicket =>
    gate.ticket<CooldownOutcome>(token, (outcome, error, isProbe) => {
      if (outcome === 'limited') {
        start(error?.retryAfterMs);
        return gate.holdAgain(isProbe);
      }
      // Only an answer after the window says the limit is over; one sent before it says nothing.
      if (outcome === 'ok' && gate.phase() === 'half-open') gate.close();
      else if (outcome === 'cancelled') gate.release(isProbe);
      return false;
    });

  return {
    // Only the gate's timer ends a window: until() is 0 as soon as it has, whatever the clock says.
    until: () => (gate.phase() === 'open' ? until : 0),
    start,
    windowFor,
    pass: (signal) => gate.pass(signal, ticket),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear() {
      gate.close();
      notify();
    },
  };
}
