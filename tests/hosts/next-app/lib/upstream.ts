// Server-only: where the xMode API is, and the key the proxy adds. Only route handlers and
// server components import this file, so the key never reaches a browser bundle.
import { createXModeClient, type XModeClient } from 'xmode-error-ui/core';

/** The xMode API's origin, e.g. https://api.xmode.example (no trailing /v1). */
export function upstreamUrl(): string {
  const url = process.env.XMODE_API_URL;
  if (!url) throw new Error('XMODE_API_URL is not set');
  return url;
}

/** The key the proxy adds. A multi-user app reads the signed-in user's key from its session. */
export function serverApiKey(): string | undefined {
  return process.env.XMODE_API_KEY;
}

/**
 * An API client for one server request: its windows (429, outage) belong to that request's
 * key only, so one user's `Retry-After` never holds another's requests.
 */
export function xmodeFor(apiKey: string | undefined): XModeClient {
  return createXModeClient({ baseUrl: upstreamUrl(), apiKey });
}
