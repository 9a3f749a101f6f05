import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import type { XModeError } from '../../core';
import { ErrorSummary, FieldError, RetryingStatus, SubmitButton } from '../../components';
import { useServerErrors } from '../../react';
import type { Generation } from '../../mocks/types';
import { SAMPLE_GENERATION, type GenerationRequest } from './harness';
import { useStoryApi } from './storyKit';

interface Values {
  prompt: string;
  email: string;
  imageCount: string;
}

interface GenerationFormProps {
  /** What the fields hold when the story opens. */
  defaults?: Partial<GenerationRequest>;
}

/**
 * "New generation" as a host writes it with the module's form helpers: client rules in
 * react-hook-form, the server's errors on the fields (`endUserEmail` → `email`) and in
 * the GOV.UK error summary, a submit that cannot send twice and says a 429's wait next
 * to itself, and "Trying again…" while the API client waits out a provider outage. The
 * request goes through the story's client to the mock API.
 */
export function GenerationForm({ defaults = {} }: GenerationFormProps) {
  const api = useStoryApi();
  const initial = { ...SAMPLE_GENERATION, ...defaults };
  const form = useForm<Values>({
    defaultValues: { prompt: initial.prompt, email: initial.endUserEmail, imageCount: String(initial.imageCount) },
    shouldFocusError: false,
  });
  const generate = useMutation<Generation, XModeError, GenerationRequest>({
    mutationFn: (body) => api.post<Generation>('/v1/generations', body),
    // The form shows every error itself (summary and fields): its context is `form`.
    meta: { xmode: { paid: true, shownIn: 'form' } },
  });
  const server = useServerErrors(form, generate.error, {
    pending: generate.isPending,
    idPrefix: 'generate',
    fieldMap: { endUserEmail: 'email' },
    labels: { prompt: 'Prompt', email: 'End-user email', imageCount: 'Number of images' },
  });
  const submit = server.handleSubmit((values) =>
    generate.mutate({ prompt: values.prompt, endUserEmail: values.email, imageCount: Number(values.imageCount) }),
  );

  return (
    <form onSubmit={submit} noValidate className="xm-story-form" aria-labelledby="generate-title">
      <h2 id="generate-title">New generation</h2>
      <ErrorSummary server={server} />
      <div className="xm-story-field">
        <label htmlFor={server.fieldId('prompt')}>Prompt</label>
        <FieldError server={server} name="prompt" />
        <textarea rows={3} {...form.register('prompt', { required: 'Enter a prompt' })} {...server.fieldProps('prompt')} />
      </div>
      <div className="xm-story-field">
        <label htmlFor={server.fieldId('email')}>End-user email</label>
        <FieldError server={server} name="email" />
        <input type="email" autoComplete="off" {...form.register('email', { required: 'Enter the end-user’s email address' })} {...server.fieldProps('email')} />
      </div>
      <div className="xm-story-field">
        <label htmlFor={server.fieldId('imageCount')}>Number of images</label>
        <FieldError server={server} name="imageCount" />
        <input inputMode="numeric" {...form.register('imageCount')} {...server.fieldProps('imageCount')} />
      </div>
      <div className="xm-story-flow">
        <RetryingStatus pending={generate.isPending} />
        <p>
          <SubmitButton server={server}>Generate images</SubmitButton>
        </p>
      </div>
      <p role="status">{generate.isSuccess ? `Generation ${generate.data.id} queued.` : ''}</p>
    </form>
  );
}
