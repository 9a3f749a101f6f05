// Server-only settings of the host: where the xMode API is and which key to use. Read
// per request from the environment (the test runner sets them at `next start`); nothing
// here is imported by a client component, so no key reaches the browser bundle.
import { createXModeClient, type XModeClient } from 'xmode-error-ui/core';

export function upstreamUrl(): string {
  const url = process.env.XMODE_UPSTREAM_URL;
  if (!url) throw new Error('XMODE_UPSTREAM_URL is not set');
  return url;
}

/** The dashboard's own key, added by the proxy route and used by server components. */
export function serverApiKey(): string | undefined {
  return process.env.XMODE_API_KEY;
}

/**
 * The key of the tenant a request belongs to. A real app reads it from the user's
 * session; here the `tenant` cookie names an entry of XMODE_TENANT_KEYS (JSON).
 */
export function tenantApiKey(tenant: string | undefined): string | undefined {
  if (!tenant) return undefined;
  const keys = JSON.parse(process.env.XMODE_TENANT_KEYS ?? '{}') as Record<string, string>;
  return Object.hasOwn(keys, tenant) ? keys[tenant] : undefined;
}

/**
 * One API client per server request: its 429 cooldown and outage circuit belong to this
 * request's key only, so one tenant's `Retry-After` can never hold another's requests.
 */
export function xmodeFor(apiKey: string | undefined): XModeClient {
  return createXModeClient({ baseUrl: upstreamUrl(), apiKey });
}
