import { cleanText } from './text';

/**
 * The response headers an `XModeError` keeps (`responseHeaders`): the ones that say who
 * answered — a proxy, CDN, gateway or firewall — and under which id its operator finds the
 * request. A bounded allow-list: cookies, auth and everything else stay out.
 */
const RESPONSE_HEADERS = 'server via content-type cf-ray x-amz-cf-id x-amzn-requestid x-cache x-served-by x-vercel-id x-squid-error'.split(' ');
/** Longest header value kept, in characters. */
const MAX_HEADER_LENGTH = 200;

/**
 * The allow-listed headers of `source` (a `Headers`, or a plain record of lower-case
 * names) as a frozen record of cleaned, key-redacted, bounded text;
 * `undefined` when none is set. Never throws.
 */
export function pickResponseHeaders(source: unknown): Readonly<Record<string, string>> | undefined {
  try {
    const headers = source as (Headers & Record<string, unknown>) | null | undefined;
    let kept: Record<string, string> | undefined;
    for (const name of RESPONSE_HEADERS) {
      const value = cleanText(typeof headers?.get === 'function' ? headers.get(name) : headers?.[name], MAX_HEADER_LENGTH);
      if (value) (kept ??= {})[name] = value;
    }
    return kept && Object.freeze(kept);
  } catch {
    return undefined;
  }
}
