'use client';
// The README's form, in every host: the mock API answers POST /v1/generations with a
// `validation_error` on `endUserEmail`, which must land at the field and in the summary.
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { ErrorSummary, FieldError, SubmitButton, useServerErrors, useXModeClient } from 'xmode-error-ui';

type Values = { prompt: string; email: string };
type Generation = { id: string; status: string };

export function GenerationForm() {
  const api = useXModeClient();
  const form = useForm<Values>({ defaultValues: { prompt: '', email: '' }, shouldFocusError: false });
  const generate = useMutation({
    mutationFn: (values: Values) =>
      api.post<Generation>('/v1/generations', { prompt: values.prompt, endUserEmail: values.email, imageCount: 1 }),
    meta: { xmode: { shownIn: 'form', paid: true } },
  });
  const server = useServerErrors(form, generate.error, {
    pending: generate.isPending,
    fieldMap: { endUserEmail: 'email' },
    labels: { prompt: 'Prompt', email: 'End-user email' },
    idPrefix: 'generate',
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
