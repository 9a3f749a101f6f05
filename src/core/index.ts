// The framework-free core (`xmode-error-ui/core`): no React import anywhere below this
// folder, no data state at module scope, usable from server code. This list is the core's
// public API; tests/unit/apiReport.test.ts pins it in api/*.api.txt. Tuning constants stay
// private: they are options of the factories that use them.
export { XModeError, isXModeError } from './XModeError';
export { toXModeError } from './toXModeError';
export { errorFromResponse } from './errorFromResponse';
export { parseRetryAfter } from './parseRetryAfter';
export { errorCatalog } from './errorCatalog';
export type { CatalogEntry, ErrorContext, RetryRule, Surface } from './errorCatalog';
export type { CatalogCode, XModeErrorCode } from './codes';
export { shouldRetry, retryDelay } from './retryPolicy';
export { createXModeClient } from './createXModeClient';
export type { WindowName, XModeClient, XModeClientOptions, XModeRequestOptions } from './createXModeClient';
export type { RequestWindow } from './requestWindow';
export { FORM_FIELD } from './fields';
