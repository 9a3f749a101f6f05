import { useSyncExternalStore } from 'react';
import { ErrorState, useAccountActions, type ErrorStateProps } from 'xmode-error-ui';
import { apiKeyStore } from '../api/apiKeyStore';

/**
 * The module's `ErrorState` with the demo's routes filled in: where a failed query's
 * content would be. Retry is offered by `ErrorState` only for codes where it can help;
 * a user's Retry goes at once, even while the outage circuit holds automatic retries.
 */
export function QueryError({ onRetry, ...props }: ErrorStateProps) {
  const key = useSyncExternalStore(apiKeyStore.subscribe, apiKeyStore.get);
  const { retryNow } = useAccountActions();
  return (
    <ErrorState
      headingLevel={2}
      topUpHref="/billing"
      settingsHref="/settings"
      apiKeysHref="/settings"
      keyLast4={key?.slice(-4)}
      onRetry={
        onRetry &&
        (() => {
          retryNow();
          onRetry();
        })
      }
      {...props}
    />
  );
}
