import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { toast } from 'sonner';
import { afterEach, vi } from 'vitest';
import { setTabPortFactory } from '../src/core/tabChannel';

afterEach(async () => {
  // Runs after the test file's own hooks: back on the real clock (a test that left fake timers on too).
  if (vi.isFakeTimers()) vi.useRealTimers();
  // sonner replays still-active toasts to a new Toaster: end them with the test. It tells its
  // toasters on the next animation frame: let that land now, not in the next test (where a
  // toast with the same id would be closed, and its cause ended, by this test's dismissal).
  toast.dismiss();
  if (typeof requestAnimationFrame === 'function') await new Promise((resolve) => requestAnimationFrame(resolve));
  cleanup();
});

// jsdom lacks matchMedia (sonner reads the colour scheme through it).
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// jsdom lacks pointer capture (sonner's swipe-to-dismiss calls it on pointerdown).
if (typeof Element !== 'undefined' && !Element.prototype.setPointerCapture) {
  Element.prototype.setPointerCapture = () => undefined;
  Element.prototype.releasePointerCapture = () => undefined;
  Element.prototype.hasPointerCapture = () => false;
}

// Tabs of one origin talk over BroadcastChannel; each test file runs as one "origin", so a
// provider left by one test could hear the next. Tab sharing is off unless a test installs
// its own channel (tests/integration/tabHub.ts).
setTabPortFactory(() => undefined);

// Tests keep their own time (vi.useFakeTimers). testing-library's async utilities (findBy…,
// waitFor, and the microtask drain after each act) advance fake timers only where they see
// Jest's `jest.advanceTimersByTime`; with Vitest's fake timers they would wait forever on a
// fake setTimeout. With this, a waitFor under fake timers advances the fake clock by its
// interval (50 ms) per check, within its timeout (on the fake clock too); with real timers
// nothing changes (testing-library checks that setTimeout is faked first).
(globalThis as { jest?: { advanceTimersByTime(ms: number): void } }).jest = {
  advanceTimersByTime: (ms) => vi.advanceTimersByTime(ms),
};
