import { useSyncExternalStore } from 'react';
import { useApiKeys } from '../api/dashboardApi';
import { apiKeyStore } from '../api/apiKeyStore';
import { ApiKeyForm } from '../forms/ApiKeyForm';
import { Page } from '../Page';
import { QueryError } from '../ui/QueryError';

const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** `/settings`: the key in use (last 4 only), a form to enter another, the account's keys. Works while blocked. */
export function SettingsPage() {
  const current = useSyncExternalStore(apiKeyStore.subscribe, apiKeyStore.get);
  const keys = useApiKeys();
  return (
    <Page title="API keys">
      <p data-testid="current-key">
        {current ? (
          <>
            The dashboard is using the key ending in <code>{current.slice(-4)}</code>.
          </>
        ) : (
          'No API key yet: enter one below to use generations and end-users.'
        )}
      </p>
      <ApiKeyForm />
      <h2>Your keys</h2>
      {keys.isPending ? <p className="demo-muted">Loading your keys…</p> : null}
      {keys.isError ? <QueryError error={keys.error} onRetry={() => void keys.refetch()} /> : null}
      {keys.isSuccess ? (
        <ul className="demo-list" data-testid="key-list">
          {keys.data.data.map((key) => (
            <li key={key.id} className="demo-list__item">
              <span>
                Key ending in <code>{key.last4}</code>, created {date.format(new Date(key.createdAt))}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </Page>
  );
}
