import { useMutation, useQuery } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ErrorState, RetryingStatus, ServerErrorState, type XModeError } from '../../../src';
import { xmodeErrorResponse } from '../../../src/testing';
import { keepTestTime, testUser } from '../testClock';
import { API, createKit, listenCountingServer } from '../xmodeTestKit';
import { renderInProvider } from './componentKit';

const net = listenCountingServer();
keepTestTime();

/** The list answers with `failure` `times` times, then a list. */
function failingList(times: number, failure: () => Response) {
  let calls = 0;
  net.use(http.get(`${API}/v1/generations`, () => (++calls <= times ? failure() : HttpResponse.json({ data: ['A fox'] }))));
}

/** A page: its heading, then the list, or the state in its place with Retry. */
function ListPage({ kit }: { kit: ReturnType<typeof createKit> }) {
  const list = useQuery({
    queryKey: ['generations'],
    queryFn: () => kit.api.get<{ data: string[] }>('/v1/generations'),
    retry: false,
    meta: { xmode: { shownIn: 'page' } },
  });
  return (
    <main>
      <h1 tabIndex={-1}>Generations</h1>
      {list.isPending ? <p>Loading generations…</p> : null}
      {list.isError ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess ? (
        <ul aria-label="Your generations">
          {list.data.data.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : null}
    </main>
  );
}

describe('focus after a successful retry (#21)', () => {
  it.each([
    ['internal_error (an empty 500)', () => new HttpResponse(null, { status: 500 }), 'Something went wrong on our side'],
    ['unexpected_response (cut JSON)', () => new HttpResponse('{"data":[', { status: 200, headers: { 'content-type': 'application/json' } }), 'We got an unexpected response'],
  ])('should move focus from Retry to the heading of the new content for %s, never to <body>', async (_label, failure, title) => {
    failingList(3, failure);
    const kit = createKit();
    const user = testUser();
    renderInProvider(<ListPage kit={kit} />, kit);
    const retry = await screen.findByRole('button', { name: 'Retry' }, { timeout: 10_000 });
    expect(screen.getByRole('heading', { name: title })).toBeInTheDocument();
    // Enough failures used up for the next try to succeed.
    net.use(http.get(`${API}/v1/generations`, () => HttpResponse.json({ data: ['A fox'] })));
    retry.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('list', { name: 'Your generations' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Generations' })).toHaveFocus();
    expect(document.activeElement).not.toBe(document.body);
  });

  it("should leave focus where the user put it meanwhile (the state's own focus was gone)", async () => {
    failingList(3, () => new HttpResponse(null, { status: 500 }));
    const kit = createKit();
    const user = testUser();
    renderInProvider(
      <>
        <button type="button">Elsewhere</button>
        <ListPage kit={kit} />
      </>,
      kit,
    );
    const retry = await screen.findByRole('button', { name: 'Retry' }, { timeout: 10_000 });
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    net.use(http.get(`${API}/v1/generations`, () => HttpResponse.json({ data: ['A fox'] })));
    await user.click(retry);
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    expect(await screen.findByRole('list', { name: 'Your generations' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });

  it('should do the same for the provider state (RetryingStatus), and show its request id', async () => {
    let calls = 0;
    net.use(http.get(`${API}/v1/generations`, () => (++calls <= 4 ? xmodeErrorResponse('provider_timeout', { requestId: 'req_pt1', retryAfter: 1 }) : HttpResponse.json({ data: ['A fox'] }))));
    const kit = createKit();
    const user = testUser();
    function Page() {
      const list = useQuery({ queryKey: ['generations'], queryFn: () => kit.api.get<{ data: string[] }>('/v1/generations'), retry: false, meta: { xmode: { shownIn: 'page' } } });
      return (
        <>
          <h2>Your images</h2>
          {list.isError ? <RetryingStatus error={list.error} onRetry={() => void list.refetch()} /> : list.isSuccess ? <p>{list.data.data.join()}</p> : null}
        </>
      );
    }
    renderInProvider(<Page />, kit);
    const retry = await screen.findByRole('button', { name: 'Retry' }, { timeout: 10_000 });
    // A 500 of xMode's: its request id, for support (provider_timeout included).
    expect(screen.getByText('Request ID: req_pt1')).toBeInTheDocument();
    expect(screen.getByText(/contact support with the request ID/)).toBeInTheDocument();
    calls = 10;
    await user.click(retry);
    expect(await screen.findByText('A fox')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Your images' })).toHaveFocus();
  });
});

describe('a paid request that ended in a server fault, in place (#21)', () => {
  it('should say it may or may not have gone through, link to the generations to check, offer no Retry, and keep support and the request id', async () => {
    net.use(http.post(`${API}/v1/generations`, () => xmodeErrorResponse('internal_error', { requestId: 'req_paid' })));
    const kit = createKit();
    const user = testUser();
    function Generate() {
      const generate = useMutation<unknown, XModeError>({
        mutationFn: () => kit.api.post('/v1/generations', { prompt: 'A fox' }),
        meta: { xmode: { paid: true, shownIn: 'page' } },
      });
      return (
        <>
          <button onClick={() => generate.mutate()}>Generate</button>
          <ServerErrorState error={generate.error} onRetry={() => generate.mutate()} />
        </>
      );
    }
    renderInProvider(<Generate />, kit, { generationsHref: '/generations', supportUrl: '/support' });
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    const alert = await screen.findByRole('alert');
    const state = alert.closest('.xm-state') as HTMLElement;
    expect(await within(state).findByText(/Your request may or may not have gone through/)).toBeInTheDocument();
    expect(within(state).getByRole('link', { name: 'Check your generations' })).toHaveAttribute('href', '/generations');
    expect(within(state).getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', '/support');
    expect(within(state).getByText('Request ID: req_paid')).toBeInTheDocument();
    expect(within(state).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(net.count('POST /v1/generations')).toBe(1);
  });
});
