// The fixture's stand-in for a session store: the `tenant` cookie names an entry of
// XMODE_TENANT_KEYS (JSON), so the host check can send requests as two users.
export function tenantApiKey(tenant: string | undefined): string | undefined {
  if (!tenant) return undefined;
  const keys = JSON.parse(process.env.XMODE_TENANT_KEYS ?? '{}') as Record<string, string>;
  return Object.hasOwn(keys, tenant) ? keys[tenant] : undefined;
}
