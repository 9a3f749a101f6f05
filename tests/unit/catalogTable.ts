import { errorCatalog, type CatalogCode, type RetryRule } from '../../src/core';
import { DEFAULT_MAX_WAIT_MS } from '../../src/core/createXModeClient';
import { defaultMessages, describeError } from '../../src/react/messages';

/** The component that shows each code (what `ErrorState` picks, plus the account-wide ones). */
const COMPONENT_FOR: Record<CatalogCode, string> = {
  validation_error: '`ErrorSummary` + `FieldError` (`useServerErrors`)',
  unauthorized: '`UnauthorizedState` (via `AccountGate`)',
  account_blocked: '`BlockedAccountScreen` (via `AccountGate`)',
  forbidden: '`ForbiddenState`',
  not_found: '`NotFoundState`',
  payment_required: '`TopUpBanner`',
  conflict: '`ConflictFlow`',
  content_policy: '`FieldError` on the prompt; `ContentPolicyNotice` outside forms',
  rate_limited: '`RateLimitNotice`, `SubmitButton` countdown while the client waits; a final one (a wait past `maxWaitMs`) where the request was',
  provider_timeout: '`RetryingStatus`; a toast with Retry only when nothing shows it',
  provider_error: '`RetryingStatus`; a toast with Retry only when nothing shows it',
  internal_error: '`ServerErrorState` (request id); a toast only when nothing shows it',
  network_error: '`OfflineBanner`',
  timeout: '`ServerErrorState` with Retry; a toast with Retry only when nothing shows it (never the offline banner)',
  unexpected_response: '`ServerErrorState` (request id); a toast only when nothing shows it',
  storage_failed: '`GenerationImages` → `ImagePlaceholder` with "Re-run prompt"',
};

const STATUS_LABEL: Partial<Record<CatalogCode, string>> = {
  internal_error: '500; any 5xx not from xMode but 511 (gateway 502/503/504, Cloudflare 52x)',
  network_error: '— (no response)',
  timeout: '— (a deadline passed: `AbortSignal.timeout`, a stalled 2xx body)',
  unexpected_response: 'other 4xx and 511 not from xMode, unreadable 2xx; 4xx never retried',
  storage_failed: '200 (per image)',
};

/** The client's window each code waits in (`createXModeClient`); the others are React Query's. */
const WINDOW_OF: Partial<Record<CatalogCode, string>> = {
  rate_limited: 'after `Retry-After`',
  provider_timeout: 'after the provider window',
  provider_error: 'after the provider window',
  internal_error: 'after the outage window',
};

function describeRetry(code: CatalogCode, rule: RetryRule, forMutations: boolean): string {
  if (rule.kind === 'never' || (forMutations && !rule.mutations)) return 'never';
  if (rule.kind === 'backoff') return `React Query: backoff + jitter, up to ${rule.maxRetries}×`;
  const times = Number.isFinite(rule.maxRetries) ? `, up to ${rule.maxRetries}×` : '';
  return `the client, ${WINDOW_OF[code] ?? 'after its window'}${times}, within \`maxWaitMs\` (${DEFAULT_MAX_WAIT_MS / 1000} s)`;
}

/** The README's code → UI state table, made from `errorCatalog` and the default copy. */
export function catalogTable(): string {
  const rows = (Object.keys(errorCatalog) as CatalogCode[]).map((code) => {
    const entry = errorCatalog[code];
    const status = STATUS_LABEL[code] ?? String(entry.status);
    return `| \`${code}\` | ${status} | ${describeRetry(code, entry.retry, false)} | ${describeRetry(code, entry.retry, true)} | ${entry.surfaces.form} / ${entry.surfaces.page} / ${entry.surfaces.background} | ${COMPONENT_FOR[code]} | ${describeError(defaultMessages, { code }, { online: false }).title} |`;
  });
  // An answer whose body is not xMode's documented shape (a proxy, CDN, gateway, firewall,
  // captive portal, another API at the base URL) takes a code by its status alone (#22).
  const notFromXMode =
    '| *not from xMode* (proxy, CDN, gateway, firewall, captive portal, another API) | 401 → `unauthorized`, 429 → `rate_limited`, 5xx but 511 → `internal_error`, other 4xx and 511 → `unexpected_response` | as its code | as its code | as its code | as its code; the body\'s words are never shown (`responseText` and `responseHeaders` keep them for logs) | ' +
    `${describeError(defaultMessages, { code: 'unexpected_response', status: 403 }).title} |`;
  return [
    '| code | HTTP | sent again (queries) | sent again (mutations) | surface: form / page / background | component | the user reads |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    notFromXMode,
  ].join('\n');
}
