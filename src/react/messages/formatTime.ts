/**
 * A moment as the reader says it: "14:05" today, "2 Dec 2026, 14:05" on another day, in
 * `locale` (default: the runtime's). For waits too long to count in seconds. The two
 * formatters are made once per locale.
 */
export function createClock(locale?: string): (epochMs: number, now?: number) => string {
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  const dayAndTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (epochMs, now = Date.now()) =>
    (new Date(epochMs).toDateString() === new Date(now).toDateString() ? time : dayAndTime).format(epochMs);
}

/** Beyond this many seconds a wait is said as a time ("after 14:05"), not counted. */
export const MAX_COUNTED_SECONDS = 120;
