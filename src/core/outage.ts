import { isServerFault } from './errorFromResponse';
import type { XModeError } from './XModeError';

/**
 * Which part of the service an error says is failing, for the client's outage windows:
 * - `provider`: xMode's image provider (`provider_timeout`, `provider_error`): generation
 *   requests should wait; reads of other resources keep going;
 * - `api`: the API itself, or a gateway in front of it (`internal_error`, which any 5xx
 *   answer not in xMode's shape becomes — a 502 page, Cloudflare's 520–526, a 529 — or an
 *   unreadable 5xx): every request should wait;
 * - `undefined`: no outage (the request's own fault, a rate limit, no answer at all, a
 *   captive portal's 511).
 *
 * @example
 * if (outageScope(error) === 'provider' && !isGeneration(path)) sendNow();
 */
export function outageScope(error: Pick<XModeError, 'code' | 'status'>): 'provider' | 'api' | undefined {
  const { code, status } = error;
  if (code.startsWith('provider_')) return 'provider'; // provider_timeout, provider_error
  return code === 'internal_error' || (code === 'unexpected_response' && isServerFault(status)) ? 'api' : undefined;
}
