/** Largest delay `setTimeout` accepts (2^31 − 1 ms, about 24.8 days). */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

const DELTA_SECONDS = /^\d+$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// RFC 9110 §5.6.7: IMF-fixdate, and the obsolete RFC 850 and asctime forms. Groups: day,
// month, year, hour, minute, second (asctime: month, day, time, year).
const IMF_FIXDATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const RFC_850 = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-([A-Z][a-z]{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const ASCTIME = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/;

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
function parseHttpDate(text: string, now: number = Date.now()): number | undefined {
  let parts: [day: string, month: string, year: number, hour: string, minute: string, second: string] | undefined;
  const fix = IMF_FIXDATE.exec(text);
  const old = fix ? undefined : RFC_850.exec(text);
  const asc = fix || old ? undefined : ASCTIME.exec(text);
  if (fix) parts = [fix[1]!, fix[2]!, Number(fix[3]), fix[4]!, fix[5]!, fix[6]!];
  else if (old) parts = [old[1]!, old[2]!, fullYear(Number(old[3]), now), old[4]!, old[5]!, old[6]!];
  else if (asc) parts = [asc[2]!.trim(), asc[1]!, Number(asc[6]), asc[3]!, asc[4]!, asc[5]!];
  if (!parts) return undefined;
  const [dayText, monthName, year, hourText, minuteText, secondText] = parts;
  const month = MONTHS.indexOf(monthName);
  const [day, hour, minute, second] = [dayText, hourText, minuteText, secondText].map(Number) as [number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  // Second 60 is a leap second (RFC 9110); Date.UTC rolls anything else over, so check first.
  if (month < 0 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 60) return undefined;
  return Date.UTC(year, month, day, hour, minute, second);
}

/** RFC 850's two-digit year: the one in this century unless that is over 50 years ahead. */
function fullYear(twoDigits: number, now: number): number {
  const century = Math.floor(new Date(now).getUTCFullYear() / 100) * 100;
  const year = century + twoDigits;
  return year > new Date(now).getUTCFullYear() + 50 ? year - 100 : year;
}

function clamp(ms: number): number {
  if (!Number.isFinite(ms)) return MAX_TIMEOUT_MS;
  return Math.min(Math.max(0, Math.round(ms)), MAX_TIMEOUT_MS);
}
