import { act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Puts every test of the calling file on the fake clock: timers, `Date` and
 * `performance.now()` (the clock windows run on). Windows, countdowns and announcements
 * then move only when the test says so (`pass`), whatever the machine's load. testing-library's
 * `findBy…`/`waitFor` advance it too, by their interval, within their timeout (tests/setup.ts).
 */
export function keepTestTime(): void {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** Lets `ms` of test time pass: due timers fire, settled promises run, React commits. */
export async function pass(ms = 0): Promise<void> {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

/** user-event that also works on the fake clock (its pauses between events are then test time too). */
export function testUser() {
  return userEvent.setup({ advanceTimers: (ms) => (vi.isFakeTimers() ? vi.advanceTimersByTime(ms) : undefined) });
}
