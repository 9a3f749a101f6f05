// src/main.tsx of a Vite + React app: the whole embed. '/api' is your server's route to
// the xMode API, which adds the key there: the browser never holds it (docs/vite.md).
import { useMutation } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';
import {
  AccountGate,
  ErrorSummary,
  FieldError,
  OfflineBanner,
  SubmitButton,
  TopUpBanner,
  XModeErrorProvider,
  createXModeClient,
  useServerErrors,
  useXModeClient,
} from 'xmode-error-ui';
import 'xmode-error-ui/styles.css';

// One API client for the page: it owns every wait (a 429's Retry-After, an outage).
const api = createXModeClient({ baseUrl: '/api' });

type Values = { prompt: string; email: string };

function NewGeneration() {
  const xmode = useXModeClient();
  // Focus goes to the error summary after a failed submit, not to the first field.
  const form = useForm<Values>({ defaultValues: { prompt: '', email: '' }, shouldFocusError: false });
  const generate = useMutation({
    mutationFn: (values: Values) =>
      xmode.post<{ id: string }>('/v1/generations', { prompt: values.prompt, endUserEmail: values.email, imageCount: 1 }),
    // This form shows the request's errors (no toast); it spends xTokens (a success ends the top-up banner).
    meta: { xmode: { shownIn: 'form', paid: true } },
  });
  const server = useServerErrors(form, generate.error, {
    pending: generate.isPending,
    fieldMap: { endUserEmail: 'email' }, // the API's field name → the form's
    labels: { prompt: 'Prompt', email: 'End-user email' },
  });

  return (
    <form aria-label="New generation" onSubmit={server.handleSubmit((values) => generate.mutate(values))} noValidate>
      <ErrorSummary server={server} />
      {generate.data ? <p role="status">Generation {generate.data.id} started</p> : null}

      <label htmlFor={server.fieldId('prompt')}>Prompt</label>
      <FieldError server={server} name="prompt" />
      <textarea {...form.register('prompt', { required: 'Enter a prompt' })} {...server.fieldProps('prompt')} />

      <label htmlFor={server.fieldId('email')}>End-user email</label>
      <FieldError server={server} name="email" />
      <input type="email" {...form.register('email')} {...server.fieldProps('email')} />

      <SubmitButton server={server}>Generate images</SubmitButton>
    </form>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <XModeErrorProvider api={api} supportUrl="mailto:support@example.com" topUpHref="/billing">
      <TopUpBanner />
      <OfflineBanner />
      {/* A blocked account or a revoked key replaces what is inside with its screen. */}
      <AccountGate apiKeysHref="/settings/api-keys" settingsHref="/settings">
        <main>
          <h1>New generation</h1>
          <NewGeneration />
        </main>
      </AccountGate>
    </XModeErrorProvider>
  </StrictMode>,
);
