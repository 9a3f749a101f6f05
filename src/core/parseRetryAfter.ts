/** Largest delay `setTimeout` accepts (2^31 − 1 ms, about 24.8 days). */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

const DELTA_SECONDS = /^\d+$/;
const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';
// RFC 9110 §5.6.7, its three forms in one pattern: IMF-fixdate ("Sun, 06 Nov 1994
// 08:49:37 GMT"), the obsolete RFC 850 ("Sunday, 06-Nov-94 08:49:37 GMT") and asctime
// ("Sun Nov  6 08:49:37 1994"). Groups: day, month, year (fixdate, RFC 850); month, day
// (asctime); hour, minute, second; year (asctime).
const HTTP_DATE =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:, (\d{2}) ([A-Z][a-z]{2}) (\d{4})|(?:day|sday|nesday|rsday|urday), (\d{2})-([A-Z][a-z]{2})-(\d{2})) (\d{2}):(\d{2}):(\d{2}) GMT|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4}))$/;

/** How far the response's `Date` may be from the local clock and still be believed, in ms. */
const PLAUSIBLE_SERVER_CLOCK_MS = 24 * 60 * 60_000;
/** Most comma-separated pieces of a `Retry-After` looked at. */
const MAX_VALUES = 8;

/**
 * Parses a `Retry-After` header (RFC 9110 §10.2.3) into milliseconds from now.
 * Accepts delta-seconds (`"120"`) or an HTTP date; anything else (`-5`, `1e3`, `0x10`,
 * `Infinity`, `""`, `null`, an impossible date such as 31 February) gives `undefined`.
 * A header sent twice arrives joined (`"120, 120"`, or two dates): the first valid value
 * counts.
 *
 * An HTTP date is measured against `serverDate` (the response's `Date` header) when that
 * is a valid HTTP date within a day of `now`, so a client clock minutes off still waits
 * what the server meant, while a server clock stuck in 1970 is not believed; else against
 * `now`. The day name is not checked against the date: RFC 9110 gives it no meaning for a
 * recipient, and ignoring the header would retry sooner than asked. A date in the past
 * gives 0. The result is never negative and never above `MAX_TIMEOUT_MS`.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
  serverDate?: string | null,
): number | undefined {
  if (typeof value !== 'string') return undefined;
  const pieces = value.split(',', MAX_VALUES);
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!.trim();
    if (DELTA_SECONDS.test(piece)) return clamp(Number(piece) * 1000);
    // IMF-fixdate and RFC 850 dates hold a comma of their own: a piece may need the next one.
    const at = parseHttpDate(piece, now) ?? parseHttpDate(`${piece},${pieces[index + 1]}`.trim(), now);
    const serverNow = typeof serverDate === 'string' ? parseHttpDate(serverDate.trim(), now) : undefined;
    if (at !== undefined) return clamp(at - (serverNow !== undefined && Math.abs(serverNow - now) <= PLAUSIBLE_SERVER_CLOCK_MS ? serverNow : now));
  }
  return undefined;
}

/** Epoch ms of an HTTP date (any of the three forms), or undefined when it is none or impossible. */
function parseHttpDate(text: string, now: number): number | undefined {
  const m = HTTP_DATE.exec(text);
  if (!m) return undefined;
  // asctime: month, day, time, year; the others: day, month, year, time.
  const [dayText, monthName, yearText, hour, minute, second] = m[10]
    ? [m[11]!, m[10], m[15]!, m[12], m[13], m[14]]
    : [m[1] ?? m[4]!, m[2] ?? m[5]!, m[3] ?? fullYear(Number(m[6]), now), m[7], m[8], m[9]];
  const [day, year, month] = [Number(dayText), Number(yearText), MONTHS.indexOf(monthName) / 3];
  const [h, min, sec] = [hour, minute, second].map(Number) as [number, number, number];
  // Second 60 is a leap second (RFC 9110); Date.UTC rolls anything else over (31 February
  // becomes a March day), so check first.
  if (!Number.isInteger(month) || new Date(Date.UTC(year, month, day)).getUTCDate() !== day || h > 23 || min > 59 || sec > 60) return undefined;
  return Date.UTC(year, month, day, h, min, sec);
}

/** RFC 850's two-digit year: the one in this century unless that is over 50 years ahead. */
function fullYear(twoDigits: number, now: number): number {
  const thisYear = new Date(now).getUTCFullYear();
  const year = Math.floor(thisYear / 100) * 100 + twoDigits;
  return year > thisYear + 50 ? year - 100 : year;
}

/** `ms` within 0 and `MAX_TIMEOUT_MS` (a delta too long to be finite, `Infinity`, becomes the most). */
function clamp(ms: number): number {
  return Math.min(Math.max(0, Math.round(ms)), MAX_TIMEOUT_MS);
}
