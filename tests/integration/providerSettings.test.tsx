import { useQuery } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  XModeErrorProvider,
  createXModeClient,
  createXModeQueryClient,
  useXModeClient,
} from '../../src';
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

describe('settings given to createXModeQueryClient under <XModeErrorProvider>', () => {
  it('should keep toasts off, call onError and use supportUrl when the provider sets none of them', async () => {
    net.use(http.get(`${API}/v1/balance`, () => xmodeError('internal_error', 500)));
    const onError = vi.fn();
    const kit = createKit({ toasts: false, onError, supportUrl: 'mailto:client@xmode.test' });
    renderWithKit(<FailingBalance />, kit);

    await screen.findByText('Failed: internal_error');
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'internal_error' });
    expect(onError.mock.calls[0]?.[1]).toMatchObject({ source: 'query', toasted: false });
    expect(screen.queryByText('Something went wrong on our side')).not.toBeInTheDocument();
    expect(kit.queryClient.xmode.settings()).toMatchObject({ toasts: false, supportUrl: 'mailto:client@xmode.test' });
  });

  it("should let a provider prop override only the key it sets, and put the client's value back on unmount", async () => {
    net.use(http.get(`${API}/v1/balance`, () => xmodeError('internal_error', 500, { 'x-request-id': 'req_provider1' })));
    const onError = vi.fn();
    const kit = createKit({ toasts: false, onError, supportUrl: 'mailto:client@xmode.test' });
    const view = renderWithKit(<FailingBalance />, kit, { toasts: true });

    // toasts: the provider's; onError and supportUrl: still the client's.
    await screen.findByText('Something went wrong on our side');
    expect(screen.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', 'mailto:client@xmode.test');
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));

    view.unmount();
    expect(kit.queryClient.xmode.settings().toasts).toBe(false);
  });

  it('should merge message overrides from both places, string by string', () => {
    const kit = createKit({ messages: { ui: { retry: 'Again (client)' }, errors: { forbidden: { title: 'No entry (client)' } } } });
    renderWithKit(<p>child</p>, kit, { messages: { ui: { tryAgain: 'Once more (provider)' } } });
    const { messages } = kit.queryClient.xmode.settings();
    expect(messages.ui.retry).toBe('Again (client)');
    expect(messages.ui.tryAgain).toBe('Once more (provider)');
    expect(messages.errors.forbidden.title).toBe('No entry (client)');
    expect(messages.errors.forbidden.description).not.toBe('');
  });

  it('should stay configured through StrictMode effects run twice', async () => {
    net.use(http.get(`${API}/v1/balance`, () => xmodeError('internal_error', 500)));
    const onError = vi.fn();
    const kit = createKit({ toasts: false });
    render(
      <StrictMode>
        <XModeErrorProvider client={kit.queryClient} onError={onError}>
          <FailingBalance />
        </XModeErrorProvider>
      </StrictMode>,
    );
    await screen.findByText('Failed: internal_error');
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(kit.queryClient.xmode.settings().onError).toBe(onError);
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

  it('should build its query client from `api`, sharing that client\'s cooldown', async () => {
    net.use(http.get(`${API}/v1/balance`, () => xmodeError('rate_limited', 429, { 'retry-after': '30' })));
    const api = createXModeClient({ baseUrl: API });
    render(
      <XModeErrorProvider api={api} toaster={false}>
        <FailingBalance />
      </XModeErrorProvider>,
    );
    await screen.findByText('Failed: rate_limited');
    expect(api.cooldown.until()).toBeGreaterThan(Date.now());
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

  it('should point at the API client when given the old cooldown option', () => {
    expect(() => createXModeQueryClient({ cooldown: {} } as never)).toThrow(/belong to the API client now/);
  });
});
