'use client';

import { useCallback, useSyncExternalStore } from 'react';
import { isXModeError, type Cooldown } from '../core';
import { useXModeContext } from './context';
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
 * `error.receivedAt`, capped as the cooldown caps its window) when the error did not come
 * through the shared client. Only the component that calls it re-renders on each tick.
 */
export function useRetryCountdown(error?: unknown): RetryCountdown {
  const sharedUntil = useAccountState((state) => state.rateLimitedUntil);
  const until = Math.max(sharedUntil, useRetryAfterDeadline(error));
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

/** `retryAfterDeadline` with the provider's cooldown: the deadline every surface reads. */
export function useRetryAfterDeadline(error: unknown): number {
  return retryAfterDeadline(error, useXModeContext().runtime.cooldown);
}

/**
 * Epoch ms when a `rate_limited` error's own `Retry-After` ends: from `receivedAt`, for the
 * window `cooldown` opens for it (so `Retry-After: 99999999999` ends at the cooldown's cap,
 * as the shared window does); 0 for other errors and a 429 without `Retry-After`.
 */
export function retryAfterDeadline(error: unknown, cooldown: Pick<Cooldown, 'windowFor'>): number {
  if (!isXModeError(error) || error.code !== 'rate_limited' || error.retryAfterMs === undefined) return 0;
  return error.receivedAt + cooldown.windowFor(error.retryAfterMs);
}
