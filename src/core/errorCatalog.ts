import type { CatalogCode } from './codes';

/**
 * How a code may be tried again, and by whom.
 * - `never`: trying again cannot help (the request itself or the account must change).
 * - `window`: the API client waits (its window for the cause: a 429's `Retry-After`, an
 *   outage's growing window) and sends the request again itself, up to `maxRetries` times
 *   (a 429: until `maxWaitMs`); React Query does not also retry it.
 * - `backoff`: no answer to wait on (offline, a timeout): React Query retries with
 *   exponential backoff and jitter.
 * `mutations` says whether a non-idempotent request (POST/DELETE) may be repeated: true
 * only where the API guarantees the failed request did nothing.
 */
export type RetryRule =
  | { readonly kind: 'never' }
  | { readonly kind: 'window' | 'backoff'; readonly maxRetries: number; readonly mutations: boolean };

/**
 * Where a request's error is shown when it ends (see `createXModeQueryClient`):
 * - `form`: the form that sent it shows it (error summary, field messages);
 * - `page`: a state in place of the content that failed;
 * - `background`: nothing on screen shows it (a refetch behind data, an unobserved request).
 */
export type ErrorContext = 'form' | 'page' | 'background';

/**
 * The one surface that states a cause, and announces it (WCAG 4.1.3: once):
 * - `summary`: the form's error summary; `inline`: the state in place of the content;
 * - `banner`: the page-wide banner (`TopUpBanner`, `OfflineBanner`);
 * - `screen`: the gate's screen that replaces the features (`AccountGate`);
 * - `toast`: only for what nothing on screen shows; `image`: the image grid's summary line.
 * Other places may show a quiet, shorter line for it (no live region, no second alert).
 */
export type Surface = 'summary' | 'inline' | 'banner' | 'screen' | 'toast' | 'image';

/** The account-wide state an error switches on, read by banners and gates. */
export type AccountFlag = 'blocked' | 'paymentRequired' | 'unauthorized' | 'offline';

/** One row of `errorCatalog`. */
export interface CatalogEntry {
  /** HTTP status the API documents for the code; 0 when there is no response. */
  readonly status: number;
  readonly retry: RetryRule;
  /** The surface that states the code, in each context. */
  readonly surfaces: Readonly<Record<ErrorContext, Surface>>;
  /** Account-wide state this error turns on, if any. */
  readonly account?: AccountFlag;
}

const NEVER: RetryRule = { kind: 'never' };
// Most codes: the form's summary in a form, the inline state on a page, a toast for a
// failure nothing shows.
const NEAREST = { form: 'summary', page: 'inline', background: 'toast' } as const;
// Page-wide states: the form still says it where it was sent; elsewhere the banner.
const BANNER = { form: 'summary', page: 'banner', background: 'banner' } as const;
const SCREEN = { form: 'screen', page: 'screen', background: 'screen' } as const;

/**
 * The single table every layer reads: documented status, retry rule, the surface that
 * states it and the account flag of each code. Exhaustive over `CatalogCode`: adding a
 * code without an entry fails to compile.
 *
 * Decisions the reference leaves open:
 * - `rate_limited`: the client waits out the window and sends again (any method: a 429
 *   was not processed); a final one (the wait is longer than `maxWaitMs`) is shown where
 *   the request was.
 * - `provider_*`: "safe to retry": the client sends again, POSTs too, after the
 *   provider's window; `internal_error` once for reads, never for writes (it may have
 *   been applied). `internal_error` is also the code of any 5xx answer that is not in
 *   xMode's shape (a gateway's 502/503/504 page, Cloudflare's 520–526, a 529): the API,
 *   or what stands in front of it, is failing.
 * - `network_error` and `timeout`: React Query retries reads (it pauses them while
 *   offline), never writes: the request may have reached the server and spent xTokens.
 * - `unexpected_response`: an answer that is not xMode's and says nothing the UI can act
 *   on: a firewall's or router's 4xx (other than 401 and 429), a captive portal's 511, a
 *   2xx that is not JSON. A 2xx cut short is retried like a timeout; a 4xx never.
 * - `payment_required` and `network_error` outside a form: the page-wide banner.
 * - blocked account and revoked key: the gate's screen, everywhere (it replaces the form).
 */
export const errorCatalog = {
  validation_error: { status: 400, retry: NEVER, surfaces: NEAREST },
  unauthorized: { status: 401, retry: NEVER, surfaces: SCREEN, account: 'unauthorized' },
  account_blocked: { status: 401, retry: NEVER, surfaces: SCREEN, account: 'blocked' },
  forbidden: { status: 403, retry: NEVER, surfaces: NEAREST },
  not_found: { status: 404, retry: NEVER, surfaces: NEAREST },
  payment_required: { status: 402, retry: NEVER, surfaces: BANNER, account: 'paymentRequired' },
  conflict: { status: 409, retry: NEVER, surfaces: NEAREST },
  content_policy: { status: 422, retry: NEVER, surfaces: NEAREST },
  rate_limited: { status: 429, retry: { kind: 'window', maxRetries: Infinity, mutations: true }, surfaces: NEAREST },
  provider_timeout: { status: 500, retry: { kind: 'window', maxRetries: 3, mutations: true }, surfaces: NEAREST },
  provider_error: { status: 500, retry: { kind: 'window', maxRetries: 3, mutations: true }, surfaces: NEAREST },
  internal_error: { status: 500, retry: { kind: 'window', maxRetries: 1, mutations: false }, surfaces: NEAREST },
  network_error: { status: 0, retry: { kind: 'backoff', maxRetries: 3, mutations: false }, surfaces: BANNER, account: 'offline' },
  timeout: { status: 0, retry: { kind: 'backoff', maxRetries: 2, mutations: false }, surfaces: NEAREST },
  unexpected_response: { status: 0, retry: { kind: 'backoff', maxRetries: 2, mutations: false }, surfaces: NEAREST },
  storage_failed: { status: 200, retry: NEVER, surfaces: { form: 'image', page: 'image', background: 'image' } },
} as const satisfies Record<CatalogCode, CatalogEntry>;
