// The framework-free core: no React import anywhere below this folder.
export { API_ERROR_CODES, CLIENT_ERROR_CODES, isApiErrorCode, isXModeErrorCode } from './codes';
export type { CatalogCode, ImageErrorCode, XModeErrorCode } from './codes';
export { errorCatalog, codeByStatus } from './errorCatalog';
export type { AccountFlag, CatalogEntry, RetryRule, UiSurface } from './errorCatalog';
export { XModeError, isXModeError } from './XModeError';
export type { XModeErrorInit } from './XModeError';
export { errorFromResponse, fallbackCode } from './errorFromResponse';
export { toXModeError } from './toXModeError';
export { parseRetryAfter, MAX_TIMEOUT_MS } from './parseRetryAfter';
export { createRetryPolicy, shouldRetry, retryDelay, DEFAULT_MAX_RETRY_AFTER_MS } from './retryPolicy';
export type { RetryPolicy, RetryPolicyOptions } from './retryPolicy';
export { createXModeClient } from './createXModeClient';
export type { XModeClient, XModeClientOptions, XModeRequestOptions } from './createXModeClient';
export { FORM_FIELD, MAX_FIELDS } from './fields';
export { MAX_MESSAGE_LENGTH, cleanText } from './text';
export { MAX_BODY_BYTES } from './readBody';
export { createCooldown, sharedCooldown, DEFAULT_RATE_LIMIT_COOLDOWN_MS, MAX_COOLDOWN_MS } from './cooldown';
export type { Cooldown, CooldownOptions } from './cooldown';
