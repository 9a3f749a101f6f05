'use client';
// A client page: a query that fails (not found) and the generation form, both through
// the provider's API client (useXModeClient), which calls the proxy route. With Cache
// Components on, `next build` prerenders it: the form is in the server HTML.
import { AccountGate } from 'xmode-error-ui';
import { GenerationForm } from '../shared/GenerationForm';
import { RequestPanel } from '../shared/RequestPanel';

export default function DashboardPage() {
  return (
    <main>
      <h1>Dashboard</h1>
      <AccountGate apiKeysHref="/settings" settingsHref="/settings">
        <RequestPanel />
        <GenerationForm />
      </AccountGate>
    </main>
  );
}
