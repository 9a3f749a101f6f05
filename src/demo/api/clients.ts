import { createXModeClient } from 'xmode-error-ui';
import { apiKeyStore } from './apiKeyStore';

const configuredUrl = import.meta.env.VITE_XMODE_API_URL?.trim();

/** True when the demo runs on the mock API (no `VITE_XMODE_API_URL`). */
export const usesMockApi = !configuredUrl;

/**
 * Where the API lives: the configured URL, else this page's origin, where the MSW worker
 * answers (`createXModeClient` refuses an empty `baseUrl`).
 */
export const apiBaseUrl = configuredUrl || window.location.origin;

/**
 * `/v1/*`: the API-key endpoints. The query client is built from it (src/demo/main.tsx),
 * so its 429 cooldown pauses every `/v1` request and drives the countdown, and its
 * circuit breaker (after a provider outage, one probe goes first) is the one Retry passes.
 */
export const v1 = createXModeClient({ baseUrl: apiBaseUrl, apiKey: () => apiKeyStore.get() });

/**
 * `/dashboard/*`: the signed-in dashboard's endpoints (no API key; they keep working
 * while the account is blocked). A client of its own, so its own 429 window and circuit
 * breaker: a `/v1` 429 or provider outage never holds back a top-up.
 */
export const dashboard = createXModeClient({ baseUrl: apiBaseUrl });
