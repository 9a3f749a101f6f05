// The framework-free core (`xmode-error-ui/core`): no React import anywhere below this
// folder, no data state at module scope, usable from server code. This list is the core's
// public API; tests/unit/apiReport.test.ts pins it (with the main entry) in api/*.api.txt.
// Tuning constants stay private: they are options of the factories that use them.
export { API_ERROR_CODES, CLIENT_ERROR_CODES, isApiErrorCode, isXModeErrorCode } from './codes';
export type { CatalogCode, ImageErrorCode, XModeErrorCode } from './codes';
export { errorCatalog } from './errorCatalog';
export type { AccountFlag, CatalogEntry, RetryRule, UiSurface } from './errorCatalog';
export { errorVoice, voiceFor } from './errorVoice';
export type { MountedVoices, Voice, VoiceContext, VoiceRule } from './errorVoice';
export { XModeError, isXModeError } from './XModeError';
export type { XModeErrorInit } from './XModeError';
export { errorFromResponse, fallbackCode } from './errorFromResponse';
export { toXModeError } from './toXModeError';
export { parseRetryAfter } from './parseRetryAfter';
export { createRetryPolicy, shouldRetry, retryDelay } from './retryPolicy';
export type { RetryPolicy, RetryPolicyOptions } from './retryPolicy';
export { createXModeClient } from './createXModeClient';
export type { XModeClient, XModeClientOptions, XModeRequestOptions } from './createXModeClient';
export { FORM_FIELD } from './fields';
export { cleanText } from './text';
export { createCooldown } from './cooldown';
export type { Cooldown, CooldownOptions } from './cooldown';
export { createCircuit } from './circuit';
export { isOutage } from './outage';
export type { Circuit, CircuitOptions } from './circuit';
