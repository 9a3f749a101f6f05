/**
 * A moment as the reader says it: "14:05" today, "2 Dec 2026, 14:05" on another day, in
 * `locale` (default: the runtime's). For waits too long to count in seconds.
 */
export function formatClock(epochMs: number, locale?: string, now: number = Date.now()): string {
  const sameDay = new Date(epochMs).toDateString() === new Date(now).toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(locale, options).format(epochMs);
}

/** Beyond this many seconds a wait is said as a time ("after 14:05"), not counted. */
export const MAX_COUNTED_SECONDS = 120;
