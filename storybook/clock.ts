/**
 * The wall-clock instant every story starts at: Thursday 15 January 2026, 09:30:00 UTC.
 * Stories say times ("Try again after 9:40 AM", "Happened at Jan 15, 2026, 9:30:01 AM"):
 * on this clock, the day and the hour of the run change nothing.
 */
export const STORY_START = Date.UTC(2026, 0, 15, 9, 30, 0);

/** The time zone and locale the browser suites render stories in (Playwright context options). */
export const STORY_TIME_ZONE = 'UTC';
export const STORY_LOCALE = 'en-US';

/** The story clock: `restart()` sets it back to `STORY_START`. */
export interface StoryClock {
  restart(): void;
}

/**
 * Replaces the page's `Date` with one that reads `STORY_START` when `restart()` was
 * called and runs on from there at the real pace: `Date.now()`, `new Date()` and `Date()`
 * are fake; dates given a value, `Date.UTC`, `Date.parse` and `instanceof Date` are the
 * real ones. Only the wall clock moves: timers and `performance.now()` (the clock the API
 * client's windows run on) stay real, so countdowns and waits behave as in an app, and
 * intervals between two readings are true (a check "paid after this 402" still holds).
 * Installed once, by the preview, before any story module reads the time.
 */
export function installStoryClock(start: number = STORY_START): StoryClock {
  const RealDate = globalThis.Date;
  let offset = start - RealDate.now();
  const now = () => RealDate.now() + offset;
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args: unknown[], newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
    // `Date()` called as a function: the current time as a string.
    apply: () => new RealDate(now()).toString(),
    get: (target, property, receiver) => (property === 'now' ? now : Reflect.get(target, property, receiver)),
  });
  return {
    restart() {
      offset = start - RealDate.now();
    },
  };
}
