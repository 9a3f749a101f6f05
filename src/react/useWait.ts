'use client';

import { useCallback, useSyncExternalStore } from 'react';
import { isXModeError, type WindowName } from '../core';
import { MAX_RATE_LIMIT_WINDOW_MS, monotonicNow } from '../core/requestWindow';
import { useXModeContext } from './context';
import type { XModeRuntime } from './runtime';

/** What `useWait` returns. */
export interface Wait {
  /** Whole seconds until requests may be sent again; 0 when they may. */
  secondsLeft: number;
  /** Epoch ms when the wait ends, for waits said as a time (0 when none). Derived as it renders. */
  until: number;
  /** The window's episode goes on: it is open, or its probe is out (requests still wait for its answer). */
  active: boolean;
  /**
   * A wait that requests sit out: it ends within the client's `maxWaitMs`. False while
   * longer is left (a request then fails at once, unsent) and when there is no wait.
   */
  holds: boolean;
}
const SECOND_MS = 1_000;
const noop = () => undefined;
const subscribeNothing = (): (() => void) => noop;
const zero = (): number => 0;

/**
 * The wait of the provider's API client's window (`rateLimit` by default), or of `error`'s
 * own `Retry-After` (a `rate_limited` error from another client), whichever ends later
 * (`'none'`: the error's own only):
 * the one deadline every surface of a 429 reads. It re-renders its caller when the
 * window changes and when the whole seconds left change — the ticks fall on the same
 * boundaries for every caller, so two countdowns never disagree. On a server (and while
 * hydrating) there is no wait: nothing reads the clock during a server render.
 */
export function useWait(error?: unknown, name: WindowName | 'none' = 'rateLimit'): Wait {
  const { api } = useXModeContext().runtime;
  const window = name === 'none' ? undefined : api?.windows[name];
  const windowEnd = useSyncExternalStore(window?.subscribe ?? subscribeNothing, window?.until ?? zero, zero);
  const ownEnd = ownWaitEnd(error);
  const end = Math.max(windowEnd, ownEnd);
  const subscribe = useCallback(
    (onTick: () => void) => {
      if (end === 0) return noop;
      let timer: ReturnType<typeof setTimeout> | undefined;
      // Each tick lands just after a whole second of the wait has passed.
      const schedule = () => {
        const left = end - monotonicNow();
        if (left <= 0) return;
        timer = setTimeout(() => {
          onTick();
          schedule();
        }, (left % SECOND_MS || SECOND_MS) + 1);
      };
      schedule();
      return () => clearTimeout(timer);
    },
    [end],
  );
  const read = useCallback(() => (end === 0 ? 0 : Math.max(0, Math.ceil((end - monotonicNow()) / SECOND_MS))), [end]);
  const secondsLeft = useSyncExternalStore(subscribe, read, zero);
  const readActive = useCallback(() => (window ? window.active() : false), [window]);
  const active = useSyncExternalStore(window?.subscribe ?? subscribeNothing, readActive, () => false) || secondsLeft > 0;
  // The wall clock's reading of the monotonic end: the same for every caller (both clocks advance together).
  const holds = secondsLeft > 0 && secondsLeft * SECOND_MS <= (api?.maxWaitMs ?? Infinity);
  return { secondsLeft, until: secondsLeft > 0 ? (wallClockOf(end) ?? 0) : 0, active, holds };
}


/**
 * The monotonic end of the wait a form's request faces now: the `rateLimit` window (when
 * `useWindow`) or `error`'s own `Retry-After`, whichever ends later; 0 when none is left.
 * For event handlers and effects (a render reads `useWait`).
 */
export function waitEnd(runtime: XModeRuntime, error: unknown, useWindow: boolean): number {
  const windowEnd = useWindow ? (runtime.api?.windows.rateLimit.until() ?? 0) : 0;
  const end = Math.max(windowEnd, ownWaitEnd(error));
  return end > monotonicNow() ? end : 0;
}

/**
 * The monotonic end of a `rate_limited` error's own `Retry-After` (0 for other errors),
 * capped as a 429 window is (`Retry-After: 99999999999` ends after 10 minutes, as the
 * client's window would): an error that did not come through this client waits no longer.
 */
function ownWaitEnd(error: unknown): number {
  if (!isXModeError(error) || error.code !== 'rate_limited' || error.retryUntil === undefined) return 0;
  const wait = error.retryAfterMs ?? 0;
  return error.retryUntil - wait + Math.min(wait, MAX_RATE_LIMIT_WINDOW_MS);
}

/** The wall-clock epoch ms of a monotonic end, to the second (undefined for 0: no wait). */
export function wallClockOf(end: number): number | undefined {
  return end > 0 ? Math.round((Date.now() - monotonicNow() + end) / SECOND_MS) * SECOND_MS : undefined;
}
