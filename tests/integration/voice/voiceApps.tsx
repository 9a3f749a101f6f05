import { useMutation, useQuery } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { useForm } from 'react-hook-form';
import { ErrorState, ErrorSummary, FieldError, OfflineBanner, RateLimitNotice, RetryingStatus, SubmitButton, TopUpBanner } from '../../../src/components';
import { isXModeError, useServerErrors, type XModeClient } from '../../../src';
import { API } from '../xmodeTestKit';

/** Banners as a dashboard mounts them: once, above every page. */
export function Banners() {
  return (
    <section aria-label="Account notices">
      <TopUpBanner balance={0} />
      <OfflineBanner />
    </section>
  );
}

interface Values {
  prompt: string;
  email: string;
}

const isProviderFailure = (error: unknown) => isXModeError(error) && (error.code === 'provider_timeout' || error.code === 'provider_error');

/**
 * The demo's create form in small: summary, field messages, the 429 countdown, the
 * provider retry status and the submit button, on a plain `useMutation` (no meta: the
 * form's own claim keeps every error out of toasts and banners' voices).
 */
export function VoiceForm({ api }: { api: XModeClient }) {
  const form = useForm<Values>({ defaultValues: { prompt: 'A fox', email: 'ana@example.com' }, shouldFocusError: false });
  const create = useMutation({
    mutationFn: (values: Values) => api.post<{ id: string }>('/v1/generations', { prompt: values.prompt, endUserEmail: values.email }),
    // Long enough for a person to notice the retry (the module's own first wait is at least 0.5 s).
    retryDelay: 150,
    meta: { xmode: { paid: true } },
  });
  const server = useServerErrors(form, create.error, { idPrefix: 'voice', pending: create.isPending, fieldMap: { endUserEmail: 'email' } });
  const reason = create.error ?? create.failureReason;
  return (
    <form onSubmit={server.handleSubmit((values) => create.mutate(values))} noValidate aria-label="New generation">
      <ErrorSummary server={server} />
      <label htmlFor={server.fieldId('prompt')}>Prompt</label>
      <FieldError server={server} name="prompt" />
      <textarea {...form.register('prompt')} {...server.fieldProps('prompt')} />
      <label htmlFor={server.fieldId('email')}>Email</label>
      <FieldError server={server} name="email" />
      <input {...form.register('email')} {...server.fieldProps('email')} />
      <RateLimitNotice error={create.error} />
      {isProviderFailure(reason) ? <RetryingStatus error={reason} failureCount={create.failureCount} final={create.isError} /> : null}
      <SubmitButton server={server}>Generate images</SubmitButton>
      <p role="status">{create.isSuccess ? 'Generation started' : ''}</p>
    </form>
  );
}

/** A page whose content is one query: its error shows in place (`ErrorState`). */
export function VoicePage({ api }: { api: XModeClient }) {
  const list = useQuery({
    queryKey: ['generations'],
    queryFn: ({ signal }) => api.get<{ data: unknown[] }>('/v1/generations', { signal }),
    retryDelay: 5,
  });
  if (list.isPending) return <p>Loading generations…</p>;
  if (list.isError) return <ErrorState error={list.error} failureCount={list.failureCount} onRetry={() => void list.refetch()} />;
  return <p>{list.data.data.length} generations</p>;
}

/** Shows data: a failed refetch behind it is a background failure nothing else shows. */
export function BackgroundPage({ api }: { api: XModeClient }) {
  const list = useQuery({ queryKey: ['generations'], queryFn: ({ signal }) => api.get<{ data: unknown[] }>('/v1/generations', { signal }), retry: false });
  return (
    <>
      <p>{list.data ? `${list.data.data.length} generations` : 'Loading generations…'}</p>
      <button type="button" onClick={() => void list.refetch()}>
        Refresh
      </button>
    </>
  );
}

/** The xMode error body of `code`, with a request id and optional headers. */
export function xmodeAnswer(code: string, status: number, headers: Record<string, string> = {}) {
  return HttpResponse.json(
    { error: { code, message: `${code} from the test server`, ...(code === 'validation_error' ? { fields: { endUserEmail: 'must be a valid email address' } } : {}) } },
    { status, headers: { 'x-request-id': 'req_test1', ...headers } },
  );
}

export const onCreate = (answer: () => Response) => http.post(`${API}/v1/generations`, answer);
export const onList = (answer: () => Response) => http.get(`${API}/v1/generations`, answer);

/** Answers `first` `times` times, then `then`. */
export function answersInTurn(times: number, first: () => Response, then: () => Response): () => Response {
  let calls = 0;
  return () => {
    calls += 1;
    return calls <= times ? first() : then();
  };
}

export const created = () => HttpResponse.json({ id: 'gen_1' }, { status: 201 });
export const listed = () => HttpResponse.json({ data: [{ id: 'gen_1' }] });
