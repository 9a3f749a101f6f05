import { errorCatalog, type CatalogCode } from '../../core';

/** The sidebar group of the stories that show one code each. */
export const ERROR_STATES_GROUP = 'Error states';

/**
 * Each code's name for the people who review it, in plain words. The user-facing copy
 * (what the user reads) stays in src/react/messages; this only names the state.
 */
export const ERROR_STATE_NAMES: Readonly<Record<CatalogCode, string>> = {
  validation_error: 'Invalid input',
  unauthorized: 'Missing or revoked key',
  account_blocked: 'Account blocked',
  forbidden: 'No access',
  not_found: 'Not found',
  payment_required: 'Out of xTokens',
  conflict: 'Still in progress',
  content_policy: 'Blocked by the content filter',
  rate_limited: 'Rate limited',
  provider_timeout: 'Provider too slow',
  provider_error: 'Provider failed',
  internal_error: 'Server error',
  network_error: 'Offline or API unreachable',
  timeout: 'API too slow',
  unexpected_response: 'Unreadable response',
  storage_failed: 'Image not saved',
};

/** "429", or "no status" for the codes that come without a response status of their own. */
export function statusLabel(code: CatalogCode): string {
  const { status } = errorCatalog[code];
  return status === 0 ? 'no status' : String(status);
}

/** "Rate limited (429, rate_limited)": the name, the HTTP status, the code. */
export function errorStateLabel(code: CatalogCode): string {
  return `${ERROR_STATE_NAMES[code]} (${statusLabel(code)}, ${code})`;
}

/**
 * The title of the code's story file, `Error states/Rate limited (429, rate_limited)`.
 * Storybook needs the title written out in each file; tests/unit/storyCatalog.test.ts
 * checks that it equals this.
 */
export function errorStateTitle(code: CatalogCode): string {
  return `${ERROR_STATES_GROUP}/${errorStateLabel(code)}`;
}
