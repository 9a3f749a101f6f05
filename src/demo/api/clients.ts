import { createCircuit, createCooldown, createXModeClient } from 'xmode-error-ui';
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
 * `/v1/*`: the API-key endpoints. Uses the module's shared cooldown (the one the query
 * client reads, so a 429 pauses every `/v1` request and drives the countdown) and its
 * shared circuit breaker (after a provider outage, one probe goes first).
 */
export const v1 = createXModeClient({ baseUrl: apiBaseUrl, apiKey: () => apiKeyStore.get() });

/**
 * Its own 429 window and circuit breaker for `/dashboard/*` (billing, keys): a `/v1` 429
 * or provider outage never holds back a top-up. Cleared by "Reset mock".
 */
export const dashboardCooldown = createCooldown();
export const dashboardCircuit = createCircuit();

/**
 * `/dashboard/*`: the signed-in dashboard's endpoints (no API key; they keep working
 * while the account is blocked).
 */
export const dashboard = createXModeClient({ baseUrl: apiBaseUrl, cooldown: dashboardCooldown, circuit: dashboardCircuit });
