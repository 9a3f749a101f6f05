import type { CatalogCode } from './codes';

/**
 * How a code may be retried.
 * - `never`: retrying cannot help (the request itself or the account must change).
 * - `backoff`: transient; exponential backoff with jitter.
 * - `retry-after`: wait the server's `Retry-After` when sent, backoff otherwise.
 * `mutations` says whether a non-idempotent request (POST/DELETE) may be repeated: true
 * only where the API guarantees the failed request did nothing.
 */
export type RetryRule =
  | { readonly kind: 'never' }
  | {
      readonly kind: 'backoff' | 'retry-after';
      readonly maxRetries: number;
      readonly mutations: boolean;
    };

/**
 * Where an error belongs in the UI.
 * - `form`: on a field of the form that sent the request, plus the error summary.
 * - `banner`: one persistent, page-wide banner (top-up, offline).
 * - `screen`: replaces the features it gates (blocked account, missing key).
 * - `inline`: in place of the resource that failed (forbidden, not found, conflict).
 * - `cooldown`: a shared countdown; requests wait for it.
 * - `toast`: a transient notification after the final failure.
 * - `image`: a placeholder inside a succeeded generation's image grid.
 */
export type UiSurface = 'form' | 'banner' | 'screen' | 'inline' | 'cooldown' | 'toast' | 'image';

/** The account-wide state an error switches on, read by banners and gates. */
export type AccountFlag = 'blocked' | 'paymentRequired' | 'unauthorized' | 'rateLimited' | 'offline';

/** One row of `errorCatalog`: documented status, retry rule, UI surface, account flag. */
export interface CatalogEntry {
  /** HTTP status the API documents for the code; 0 when there is no response. */
  readonly status: number;
  readonly retry: RetryRule;
  readonly surface: UiSurface;
  /** Account-wide state this error turns on, if any. */
  readonly account?: AccountFlag;
}

const NEVER: RetryRule = { kind: 'never' };

/**
 * The single table every layer reads: documented status, retry rule and UI surface of
 * each code. Exhaustive over `CatalogCode`: adding a code without an entry fails to
 * compile.
 *
 * Decisions the reference leaves open:
 * - `internal_error`: retried once for queries (a GET is idempotent and the reference
 *   says "if this persists"), never for mutations (it may have been applied). Also the
 *   code of any 5xx answer that is not in xMode's shape (a gateway's 502/503/504 page,
 *   Cloudflare's 520–526, a 529): the API, or what stands in front of it, is failing.
 * - `network_error`: retried for queries (React Query pauses them while offline), never
 *   for mutations: the request may have reached the server and spent xTokens.
 * - `timeout`: retried twice for queries, never for mutations (the server may have
 *   done it); a toast with Retry, no account flag: a slow API is not an offline user.
 * - `unexpected_response`: an answer that is not xMode's and says nothing the UI can act
 *   on: a firewall's or router's 4xx (other than 401 and 429), a captive portal's 511, a
 *   2xx that is not JSON. Retried twice for queries, never for mutations; 4xx responses
 *   are never retried.
 */
export const errorCatalog = {
  validation_error: { status: 400, retry: NEVER, surface: 'form' },
  unauthorized: { status: 401, retry: NEVER, surface: 'screen', account: 'unauthorized' },
  account_blocked: { status: 401, retry: NEVER, surface: 'screen', account: 'blocked' },
  forbidden: { status: 403, retry: NEVER, surface: 'inline' },
  not_found: { status: 404, retry: NEVER, surface: 'inline' },
  payment_required: { status: 402, retry: NEVER, surface: 'banner', account: 'paymentRequired' },
  conflict: { status: 409, retry: NEVER, surface: 'inline' },
  content_policy: { status: 422, retry: NEVER, surface: 'form' },
  rate_limited: {
    status: 429,
    retry: { kind: 'retry-after', maxRetries: 3, mutations: true },
    surface: 'cooldown',
    account: 'rateLimited',
  },
  provider_timeout: {
    status: 500,
    retry: { kind: 'backoff', maxRetries: 3, mutations: true },
    surface: 'toast',
  },
  provider_error: {
    status: 500,
    retry: { kind: 'backoff', maxRetries: 3, mutations: true },
    surface: 'toast',
  },
  internal_error: {
    status: 500,
    retry: { kind: 'backoff', maxRetries: 1, mutations: false },
    surface: 'toast',
  },
  network_error: {
    status: 0,
    retry: { kind: 'backoff', maxRetries: 3, mutations: false },
    surface: 'banner',
    account: 'offline',
  },
  timeout: {
    status: 0,
    retry: { kind: 'backoff', maxRetries: 2, mutations: false },
    surface: 'toast',
  },
  unexpected_response: {
    status: 0,
    retry: { kind: 'backoff', maxRetries: 2, mutations: false },
    surface: 'toast',
  },
  storage_failed: { status: 200, retry: NEVER, surface: 'image' },
} as const satisfies Record<CatalogCode, CatalogEntry>;
