import { useCallback, useSyncExternalStore } from 'react';
import { isXModeError } from '../core';
import { useAccountState } from './useAccountState';

/** How often a countdown re-renders its reader, in ms. */
const TICK_MS = 1_000;

/** What `useRetryCountdown` returns. */
export interface RetryCountdown {
  /** Whole seconds until requests may be sent again; 0 when they may. */
  secondsLeft: number;
  /** True while a window is open. */
  active: boolean;
  /** Epoch ms when it ends (0 when none): for waits said as a time. */
  until: number;
}

/**
 * Seconds left in the shared 429 cooldown, or in `error.retryAfterMs` (counted from
 * `error.receivedAt`) when the error did not come through the shared client.
 * Only the component that calls it re-renders on each tick.
 */
export function useRetryCountdown(error?: unknown): RetryCountdown {
  const sharedUntil = useAccountState((state) => state.rateLimitedUntil);
  const until = Math.max(sharedUntil, retryAfterDeadline(error));
  const secondsLeft = useSecondsUntil(until);
  return { secondsLeft, active: secondsLeft > 0, until };
}

/** Whole seconds until `until` (epoch ms), ticking once a second while positive. */
export function useSecondsUntil(until: number): number {
  const subscribe = useCallback(
    (onTick: () => void) => {
      if (until <= Date.now()) return () => undefined;
      const timer = setInterval(() => {
        onTick();
        if (Date.now() >= until) clearInterval(timer);
      }, TICK_MS);
      return () => clearInterval(timer);
    },
    [until],
  );
  const read = () => Math.max(0, Math.ceil((until - Date.now()) / TICK_MS));
  return useSyncExternalStore(subscribe, read, read);
}

/** Epoch ms when a `rate_limited` error's own `Retry-After` ends (from `receivedAt`); 0 otherwise. */
export function retryAfterDeadline(error: unknown): number {
  if (!isXModeError(error) || error.code !== 'rate_limited' || error.retryAfterMs === undefined) return 0;
  return error.receivedAt + error.retryAfterMs;
}
