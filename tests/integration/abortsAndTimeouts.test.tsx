import { useMutation, useQuery } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, delay } from 'msw';
import { useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useAccountState } from '../../src';
import { ErrorState } from '../../src/components/ErrorState';
import { API, createKit, renderWithKit, listenCountingServer } from './xmodeTestKit';

const net = listenCountingServer();

type Kit = ReturnType<typeof createKit>;

function OfflineFlag() {
  const offline = useAccountState((state) => state.offline);
  return offline ? <p role="status">Offline banner</p> : null;
}

/** A dialog's submit the user can abandon: Close aborts the request with a reason of its own. */
function Dialog({ kit }: { kit: Kit }) {
  const controller = useRef(new AbortController());
  const submit = useMutation({ mutationFn: () => kit.api.post('/v1/generations', { prompt: 'a fox' }, { signal: controller.current.signal }) });
  return (
    <>
      <button onClick={() => submit.mutate()}>Generate</button>
      <button onClick={() => controller.current.abort(new Error('user closed the dialog'))}>Close</button>
      {submit.isError ? <p>Submit ended</p> : null}
      <OfflineFlag />
    </>
  );
}

function SlowBalance({ kit, timeoutMs }: { kit: Kit; timeoutMs: number }) {
  const query = useQuery({
    queryKey: ['balance'],
    queryFn: ({ signal }) => kit.api.get<{ xTokens: number }>('/v1/balance', { signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) }),
    retry: false,
  });
  return (
    <>
      {query.data ? <p>Balance {query.data.xTokens}</p> : null}
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      <OfflineFlag />
    </>
  );
}

describe('aborts, timeouts and offline', () => {
  it('should keep a user abort with its own reason silent: no toast, no onError, no offline flag', async () => {
    net.use(http.post(`${API}/v1/generations`, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }));
    const onError = vi.fn();
    const kit = createKit({ onError });
    renderWithKit(<Dialog kit={kit} />, kit);
    await userEvent.click(screen.getByRole('button', { name: 'Generate' }));
    await waitFor(() => expect(net.count('POST /v1/generations')).toBe(1));
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    await screen.findByText('Submit ended');
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(onError).not.toHaveBeenCalled();
    expect(document.querySelector('[data-sonner-toast]')).toBeNull();
    expect(screen.queryByText('Offline banner')).not.toBeInTheDocument();
  });

  it('should keep an abort while an error body streams silent', async () => {
    net.use(http.post(`${API}/v1/generations`, () => {
      const body = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"error":{"code":"internal_error"')) });
      return new HttpResponse(body, { status: 500, headers: { 'content-type': 'application/json' } });
    }));
    const onError = vi.fn();
    const kit = createKit({ onError });
    renderWithKit(<Dialog kit={kit} />, kit);
    await userEvent.click(screen.getByRole('button', { name: 'Generate' }));
    await waitFor(() => expect(net.count('POST /v1/generations')).toBe(1));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    await screen.findByText('Submit ended');
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(onError).not.toHaveBeenCalled();
    expect(document.querySelector('[data-sonner-toast]')).toBeNull();
  });

  it('should show a timeout as its own state with Retry, said once (by the state, not a toast too), never "offline"', async () => {
    let slow = true;
    net.use(http.get(`${API}/v1/balance`, async () => {
      if (slow) await delay('infinite');
      return HttpResponse.json({ xTokens: 7 });
    }));
    const onError = vi.fn();
    const kit = createKit({ onError });
    renderWithKit(<SlowBalance kit={kit} timeoutMs={50} />, kit);
    const title = 'The xMode API is taking too long to answer';
    expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
    // The state on the page speaks for it: no toast says it a second time.
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'timeout', aborted: false });
    // Decided once: a query with observers and no data is shown by its page, in place.
    expect(onError.mock.calls[0]?.[1]).toMatchObject({ source: 'query', surface: 'inline' });
    expect(document.querySelectorAll('[data-sonner-toast]')).toHaveLength(0);
    expect(screen.queryByText('Offline banner')).not.toBeInTheDocument();
    expect(screen.queryByText("You're offline")).not.toBeInTheDocument();
    slow = false;
    await userEvent.click(screen.getAllByRole('button', { name: 'Retry' })[0]!);
    await screen.findByText('Balance 7');
  });
});
