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
  network_error: '— (no response)',
  timeout: '— (a deadline passed: `AbortSignal.timeout`, a stalled 2xx body)',
  unexpected_response: 'other (proxy 502/503, cut 2xx…); 4xx never retried',
  storage_failed: '200 (per image)',
};

/** Who sends it again, when, how often: the API client after its window, or React Query with backoff. */
function describeRetry(rule: RetryRule, forMutations: boolean): string {
  if (rule.kind === 'never' || (forMutations && !rule.mutations)) return 'never';
  if (rule.kind === 'backoff') return `React Query: backoff + jitter, up to ${rule.maxRetries}×`;
  const times = Number.isFinite(rule.maxRetries) ? `up to ${rule.maxRetries}×` : `within \`maxWaitMs\` (${DEFAULT_MAX_WAIT_MS / 1000} s)`;
  return `the client, after its window, ${times}`;
}

/** The README's code → UI state table, made from `errorCatalog` and the default copy. */
export function catalogTable(): string {
  const rows = (Object.keys(errorCatalog) as CatalogCode[]).map((code) => {
    const entry = errorCatalog[code];
    const status = STATUS_LABEL[code] ?? String(entry.status);
    const { form, page, background } = entry.surfaces;
    return `| \`${code}\` | ${status} | ${describeRetry(entry.retry, false)} | ${describeRetry(entry.retry, true)} | ${form} / ${page} / ${background} | ${COMPONENT_FOR[code]} | ${describeError(defaultMessages, { code }, { online: false }).title} |`;
  });
  return [
    '| code | HTTP | retried (queries) | retried (mutations) | surface (form / page / background) | component | the user reads |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
