import { useSyncExternalStore, type ReactNode } from 'react';
import { AccountGate } from 'xmode-error-ui';
import { apiKeyStore } from '../api/apiKeyStore';

/** The module's `AccountGate` with the demo's routes: wraps every `/v1` feature. */
export function Gate({ children }: { children: ReactNode }) {
  const key = useSyncExternalStore(apiKeyStore.subscribe, apiKeyStore.get);
  return (
    <AccountGate billingHref="/billing" settingsHref="/settings" apiKeysHref="/settings" keyLast4={key?.slice(-4)}>
      {children}
    </AccountGate>
  );
}
