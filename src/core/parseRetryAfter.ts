/** Largest delay `setTimeout` accepts (2^31 − 1 ms, about 24.8 days). */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

const DELTA_SECONDS = /^\d+$/;
// RFC 9110 §5.6.7: IMF-fixdate, and the obsolete RFC 850 and asctime forms.
const HTTP_DATE = [
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{2}-[A-Z][a-z]{2}-\d{2} \d{2}:\d{2}:\d{2} GMT$/,
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/,
];

/**
 * Parses a `Retry-After` header (RFC 9110 §10.2.3) into milliseconds from `now`.
 * Accepts delta-seconds (`"120"`) or an HTTP date; anything else (`-5`, `1e3`, `0x10`,
 * `Infinity`, `""`, `null`) gives `undefined`. A date in the past gives 0. The result is
 * never negative and never above `MAX_TIMEOUT_MS`.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (DELTA_SECONDS.test(text)) return clamp(Number(text) * 1000);
  if (!HTTP_DATE.some((pattern) => pattern.test(text))) return undefined;
  // asctime has no zone: it is GMT by definition.
  const at = Date.parse(text.endsWith('GMT') ? text : `${text} GMT`);
  return Number.isFinite(at) ? clamp(at - now) : undefined;
}

function clamp(ms: number): number {
  if (!Number.isFinite(ms)) return MAX_TIMEOUT_MS;
  return Math.min(Math.max(0, Math.round(ms)), MAX_TIMEOUT_MS);
}
