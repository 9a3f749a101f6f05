// `xmode-error-ui/core` in a route handler: the balance of the tenant the request belongs
// to, fetched server-side with that tenant's key. Each request builds its own client, so
// nothing — no window — is shared between tenants or requests.
import { cookies } from 'next/headers';
import { isXModeError } from 'xmode-error-ui/core';
import { tenantApiKey } from '../../../lib/tenants';
import { xmodeFor } from '../../../lib/upstream';

export async function GET(request: Request): Promise<Response> {
  const tenant = (await cookies()).get('tenant')?.value;
  const xmode = xmodeFor(tenantApiKey(tenant));
  try {
    const balance = await xmode.get<{ xTokens: number }>('/v1/balance', { signal: request.signal });
    return Response.json({ xTokens: balance.xTokens });
  } catch (error) {
    if (!isXModeError(error)) throw error;
    const headers = error.retryAfterMs === undefined ? undefined : { 'retry-after': String(Math.ceil(error.retryAfterMs / 1000)) };
    return Response.json({ error: { code: error.code, message: error.message } }, { status: error.status || 502, headers });
  }
}
