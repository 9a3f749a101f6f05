import { useSyncExternalStore } from 'react';
import type { ComponentProps } from 'react';
import { ErrorState } from 'xmode-error-ui';
import { apiKeyStore } from '../api/apiKeyStore';

/**
 * The module's `ErrorState` with the demo's routes filled in: where a failed query's
 * content would be. Retry is offered by `ErrorState` only for codes where it can help.
 */
export function QueryError(props: ComponentProps<typeof ErrorState>) {
  const key = useSyncExternalStore(apiKeyStore.subscribe, apiKeyStore.get);
  return (
    <ErrorState
      headingLevel={2}
      topUpHref="/billing"
      settingsHref="/settings"
      apiKeysHref="/settings"
      keyLast4={key?.slice(-4)}
      {...props}
    />
  );
}
