'use client';
// A client page: a query that fails (not found) and the generation form, both through
// the provider's API client (useXModeClient), which calls the proxy route.
import { GenerationForm } from '../shared/GenerationForm';
import { RequestPanel } from '../shared/RequestPanel';

export default function DashboardPage() {
  return (
    <main>
      <h1>Dashboard</h1>
      <RequestPanel />
      <GenerationForm />
    </main>
  );
}
