import { useMutation, useQuery } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { useForm } from 'react-hook-form';
import { ErrorState, ErrorSummary, FieldError, OfflineBanner, RetryingStatus, SubmitButton, TopUpBanner } from '../../../src/components';
import { useServerErrors, type XModeClient } from '../../../src';
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

/**
 * The demo's create form in small: summary, field messages, the provider outage the
 * client waits out, the submit button (which says a 429's wait next to itself). Its
 * mutation declares `shownIn: 'form'`: the summary is the one surface of its errors.
 */
export function VoiceForm({ api }: { api: XModeClient }) {
  const form = useForm<Values>({ defaultValues: { prompt: 'A fox', email: 'ana@example.com' }, shouldFocusError: false });
  const create = useMutation({
    mutationFn: (values: Values) => api.post<{ id: string }>('/v1/generations', { prompt: values.prompt, endUserEmail: values.email }),
    meta: { xmode: { paid: true, shownIn: 'form' } },
  });
  const server = useServerErrors(form, create.error, { idPrefix: 'voice', pending: create.isPending, fieldMap: { endUserEmail: 'email' } });
  return (
    <form onSubmit={server.handleSubmit((values) => create.mutate(values))} noValidate aria-label="New generation">
      <ErrorSummary server={server} />
      <label htmlFor={server.fieldId('prompt')}>Prompt</label>
      <FieldError server={server} name="prompt" />
      <textarea {...form.register('prompt')} {...server.fieldProps('prompt')} />
      <label htmlFor={server.fieldId('email')}>Email</label>
      <FieldError server={server} name="email" />
      <input {...form.register('email')} {...server.fieldProps('email')} />
      <RetryingStatus pending={create.isPending} />
      <SubmitButton server={server}>Generate images</SubmitButton>
      <p role="status">{create.isSuccess ? 'Generation started' : ''}</p>
    </form>
  );
}

/** A page whose content is one query (observers, no data: its page shows its error, `ErrorState`). */
export function VoicePage({ api }: { api: XModeClient }) {
  const list = useQuery({
    queryKey: ['generations'],
    queryFn: ({ signal }) => api.get<{ data: unknown[] }>('/v1/generations', { signal }),
    retryDelay: 5,
  });
  if (list.isPending) return <p>Loading generations…</p>;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  return <p>{list.data.data.length} generations</p>;
}

/** One generation's page (observers, no data): its error shows in place. */
export function VoiceDetail({ api }: { api: XModeClient }) {
  const detail = useQuery({
    queryKey: ['generation', 'gen_1'],
    queryFn: ({ signal }) => api.get<{ id: string }>('/v1/generations/gen_1', { signal }),
  });
  if (detail.isError) return <ErrorState error={detail.error} resource={{ kind: 'generation', id: 'gen_1' }} />;
  return <p>{detail.data ? `Generation ${detail.data.id}` : 'Loading generation…'}</p>;
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

/** A dashboard's tiles: each a query nothing on the page shows an error for (declared background). */
export function Tiles({ api, count }: { api: XModeClient; count: number }) {
  return (
    <ul aria-label="Tiles">
      {Array.from({ length: count }, (_, index) => (
        <Tile key={index} api={api} index={index} />
      ))}
    </ul>
  );
}

function Tile({ api, index }: { api: XModeClient; index: number }) {
  const tile = useQuery({
    queryKey: ['tile', index],
    queryFn: ({ signal }) => api.get<{ value: number }>('/v1/generations', { signal, query: { tile: index } }),
    meta: { xmode: { shownIn: 'background' } },
  });
  return <li>{tile.data ? `Tile ${index}: ${tile.data.value}` : `Tile ${index}`}</li>;
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
export const onDetail = (answer: () => Response) => http.get(`${API}/v1/generations/gen_1`, answer);

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
