import { useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { http } from 'msw';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  XModeErrorProvider,
  createXModeClient,
  createXModeQueryClient,
  useMessages,
  useXModeClient,
} from '../../src';
import { keepTestTime, pass } from './testClock';
import { API, createKit, renderWithKit, listenCountingServer, xmodeError } from './xmodeTestKit';

const net = listenCountingServer();

/** A balance query through the provider's API client, as an embedding page writes it. */
function FailingBalance() {
  const xmode = useXModeClient();
  const query = useQuery({
    queryKey: ['balance'],
    queryFn: ({ signal }) => xmode.get<{ xTokens: number }>('/v1/balance', { signal }),
    retry: false,
  });
  return <p>{query.error ? `Failed: ${query.error.code}` : query.data ? `Balance ${query.data.xTokens}` : 'Loading'}</p>;
}

/** A query nothing on the page shows (declared background): its final error is the toast's. */
function BackgroundBalance() {
  const xmode = useXModeClient();
  const query = useQuery({
    queryKey: ['balance', 'background'],
    queryFn: ({ signal }) => xmode.get<{ xTokens: number }>('/v1/balance', { signal }),
    retry: false,
    meta: { xmode: { shownIn: 'background' } },
  });
  return <p>{query.isError ? 'Refresh failed' : 'Balance shown'}</p>;
}

/** The copy in effect, as the components read it. */
function Copy() {
  const { ui, errors } = useMessages();
  return <p>{`${ui.retry} | ${ui.tryAgain} | ${errors.forbidden.title}`}</p>;
}

describe('settings given to createXModeQueryClient under <XModeErrorProvider>', () => {
  keepTestTime();

  it('should keep toasts off and call onError once, with the surface decided, when the provider sets neither', async () => {
    net.use(http.get(`${API}/v1/balance`, () => xmodeError('internal_error', 500)));
    const onError = vi.fn();
    const kit = createKit({ toasts: false, onError, supportUrl: 'mailto:client@xmode.test' });
    renderWithKit(<BackgroundBalance />, kit);

    await pass(5_000);
    expect(screen.getByText('Refresh failed')).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'internal_error' });
    expect(onError.mock.calls[0]?.[1]).toMatchObject({ source: 'query', key: ['balance', 'background'], surface: 'toast' });
    expect(screen.queryByText('Something went wrong on our side')).not.toBeInTheDocument();
  });

  it("should let a provider prop override only the key it sets, and change nothing of the query client's own", async () => {
    net.use(http.get(`${API}/v1/balance`, () => xmodeError('internal_error', 500, { 'x-request-id': 'req_provider1' })));
    const onError = vi.fn();
    const kit = createKit({ toasts: false, onError, supportUrl: 'mailto:client@xmode.test' });
    const view = renderWithKit(<BackgroundBalance />, kit, { toasts: true });

    // toasts: the provider's; onError and supportUrl: still the client's.
    await pass(5_000);
    expect(screen.getByText('Something went wrong on our side')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', 'mailto:client@xmode.test');
    expect(onError).toHaveBeenCalledTimes(1);

    // Another provider on the same query client, without the prop: the client's `toasts: false` again.
    view.unmount();
    kit.queryClient.clear();
    renderWithKit(<BackgroundBalance />, kit);
    await pass(5_000);
    expect(screen.getByText('Refresh failed')).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(2);
    expect(screen.queryByText('Something went wrong on our side')).not.toBeInTheDocument();
  });

  it('should merge message overrides from both places, string by string', () => {
    const kit = createKit({ messages: { ui: { retry: 'Again (client)' }, errors: { forbidden: { title: 'No entry (client)' } } } });
    renderWithKit(<Copy />, kit, { messages: { ui: { tryAgain: 'Once more (provider)' } } });
    expect(screen.getByText('Again (client) | Once more (provider) | No entry (client)')).toBeInTheDocument();
  });

  it('should call onError once through StrictMode effects run twice', async () => {
    net.use(http.get(`${API}/v1/balance`, () => xmodeError('internal_error', 500)));
    const onError = vi.fn();
    const kit = createKit({ toasts: false, onError });
    render(
      <StrictMode>
        <XModeErrorProvider client={kit.queryClient}>
          <FailingBalance />
        </XModeErrorProvider>
      </StrictMode>,
    );
    await pass(5_000);
    expect(screen.getByText('Failed: internal_error')).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[1]).toMatchObject({ source: 'query', surface: 'inline' });
  });
});

describe('<XModeErrorProvider> without a client', () => {
  it('should build its API client from `baseUrl` and hand it to useXModeClient()', async () => {
    net.use(http.get(`${API}/v1/balance`, () => xmodeError('rate_limited', 429, { 'retry-after': '120' })));
    render(
      <XModeErrorProvider baseUrl={API} toaster={false}>
        <FailingBalance />
      </XModeErrorProvider>,
    );
    await screen.findByText('Failed: rate_limited');
    expect(net.count('GET /v1/balance')).toBe(1);
  });

  it('should give two providers two runtimes: a 429 in one leaves the other sending', async () => {
    let calls = 0;
    net.use(
      http.get(`${API}/v1/balance`, () => {
        calls += 1;
        return calls === 1 ? xmodeError('rate_limited', 429, { 'retry-after': '120' }) : Response.json({ xTokens: 4 });
      }),
    );
    const first = render(
      <XModeErrorProvider baseUrl={API} toaster={false}>
        <FailingBalance />
      </XModeErrorProvider>,
    );
    await screen.findByText('Failed: rate_limited');
    first.unmount();
    render(
      <XModeErrorProvider baseUrl={API} toaster={false}>
        <FailingBalance />
      </XModeErrorProvider>,
    );
    await screen.findByText('Balance 4');
    expect(net.count('GET /v1/balance')).toBe(2);
  });

  it("should build its query client from `api`: the queries' 429 opens that client's window", async () => {
    net.use(http.get(`${API}/v1/balance`, () => xmodeError('rate_limited', 429, { 'retry-after': '120' })));
    const api = createXModeClient({ baseUrl: API });
    render(
      <XModeErrorProvider api={api} toaster={false}>
        <FailingBalance />
      </XModeErrorProvider>,
    );
    await screen.findByText('Failed: rate_limited');
    expect(api.windows.rateLimit.until()).toBeGreaterThan(performance.now() + 100_000);
    api.windows.rateLimit.close();
  });

  it('should say what is missing when useXModeClient() has no API client to give', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() =>
      render(
        <XModeErrorProvider toaster={false}>
          <FailingBalance />
        </XModeErrorProvider>,
      ),
    ).toThrow(/useXModeClient\(\) needs an API client: give <XModeErrorProvider> `baseUrl` or `api`/);
    vi.restoreAllMocks();
  });

  it('should refuse two sources at once, and a client not made by createXModeQueryClient', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const api = createXModeClient({ baseUrl: API });
    const both = { client: createXModeQueryClient({ api }), api } as never;
    expect(() => render(<XModeErrorProvider {...(both as object)} />)).toThrow(/one of `client`, `api` or `baseUrl`/);
    const plain = { client: {} } as never;
    expect(() => render(<XModeErrorProvider {...(plain as object)} />)).toThrow(/made by createXModeQueryClient/);
    vi.restoreAllMocks();
  });

  it.each(['cooldown', 'circuit', 'maxRetryAfterMs'])('should point at the API client when given the old %s option', (option) => {
    expect(() => createXModeQueryClient({ [option]: {} } as never)).toThrow(/is gone: the API client owns every wait \(createXModeClient\(\{ maxWaitMs \}\)\)/);
  });
});
