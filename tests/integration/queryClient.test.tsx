import { onlineManager, useMutation, useQuery } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Profiler, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RateLimitNotice, useAccountState, type XModeError } from '../../src';
import type { ErrorContext } from '../../src/core';
import { keepTestTime, pass, testUser } from './testClock';
import { API, createKit, renderWithKit, sequence, listenCountingServer, xmodeError } from './xmodeTestKit';

const net = listenCountingServer();
keepTestTime();
afterEach(() => {
  onlineManager.setOnline(true);
});

type Kit = ReturnType<typeof createKit>;

/** A balance read; `shownIn: 'background'` for one whose failure nothing on the page shows (a toast's). */
function Balance({ kit, id = 0, retryDelay, shownIn }: { kit: Kit; id?: number; retryDelay?: number; shownIn?: ErrorContext }) {
  const query = useQuery({
    queryKey: ['balance', id],
    queryFn: ({ signal }) => kit.api.get<{ xTokens: number }>('/v1/balance', { signal }),
    ...(retryDelay === undefined ? {} : { retryDelay }),
    ...(shownIn === undefined ? {} : { meta: { xmode: { shownIn } } }),
  });
  if (query.data) return <p>Balance {id}: {query.data.xTokens}</p>;
  if (query.error) return <p>Failed {id}: {query.error.code}</p>;
  return <p>Loading {id}</p>;
}

function AccountFlags() {
  const blocked = useAccountState((s) => s.blocked);
  const unauthorized = useAccountState((s) => s.unauthorized);
  const paymentRequired = useAccountState((s) => s.paymentRequired);
  const offline = useAccountState((s) => s.offline);
  return (
    <>
      {blocked ? <div role="alert">Account blocked</div> : null}
      {unauthorized ? <div role="alert">Key missing or revoked</div> : null}
      {paymentRequired ? <div role="alert">Top up banner</div> : null}
      {offline ? <div role="status">Offline banner</div> : null}
    </>
  );
}

describe('createXModeQueryClient', () => {
  describe('a 429: the API client waits it out', () => {
    it('should send nothing inside the window and send each of ten 429ed queries once more after it', async () => {
      let windowOpen = true;
      let sentInWindow = 0;
      let firstBurst = 0;
      net.use(
        http.get(`${API}/v1/balance`, () => {
          if (windowOpen) {
            firstBurst += 1;
            if (firstBurst > 10) sentInWindow += 1;
            return xmodeError('rate_limited', 429, { 'retry-after': '1' });
          }
          return HttpResponse.json({ xTokens: 50 });
        }),
      );
      const kit = createKit();
      // The server's limit ends when the client's window does.
      kit.windows.rateLimit.subscribe(() => {
        if (!kit.windows.rateLimit.until()) windowOpen = false;
      });
      renderWithKit(
        Array.from({ length: 10 }, (_, i) => <Balance key={i} kit={kit} id={i} />),
        kit,
      );
      await pass(0);
      expect(net.count('GET /v1/balance')).toBe(10);
      await pass(999);
      expect(net.count('GET /v1/balance')).toBe(10);
      // The window ends at 1 s: the probe goes, its answer lets the others go (a few ms of answers).
      await pass(50);
      expect(screen.getAllByText(/Balance \d: 50/)).toHaveLength(10);
      expect(sentInWindow).toBe(0);
      // 10 first attempts, then exactly one more per query after the window (the first of them the probe).
      expect(net.count('GET /v1/balance')).toBe(20);
      expect(kit.windows.rateLimit.active()).toBe(false);
      expect(kit.errors.list()).toEqual([]);
    });

    it('should show no toast and report no error for a 429 the client waited out: the notice on the page says the wait', async () => {
      net.use(sequence('/v1/balance', 3, () => xmodeError('rate_limited', 429, { 'retry-after': '2' }), () => HttpResponse.json({ xTokens: 5 })));
      const onError = vi.fn();
      const kit = createKit({ onError });
      renderWithKit(<>{[0, 1, 2].map((i) => <Balance key={i} kit={kit} id={i} shownIn="background" />)}<RateLimitNotice /></>, kit);
      await pass(0);
      expect(screen.getAllByText('Too many requests')).toHaveLength(1);
      expect(screen.getByText('Trying again in 2 s')).toBeInTheDocument();
      await pass(2_050);
      expect(screen.getAllByText(/Balance \d: 5/)).toHaveLength(3);
      expect(screen.queryByText('Too many requests')).not.toBeInTheDocument();
      expect(document.querySelectorAll('[data-sonner-toast]')).toHaveLength(0);
      expect(onError).not.toHaveBeenCalled();
      // 3 refused, then the probe, then the 2 that waited for its answer.
      expect(net.count('GET /v1/balance')).toBe(6);
    });

    it('should wait a default window for a 429 without Retry-After, then send it again', async () => {
      net.use(sequence('/v1/balance', 1, () => xmodeError('rate_limited', 429), () => HttpResponse.json({ xTokens: 7 })));
      const kit = createKit();
      renderWithKit(<Balance kit={kit} />, kit);
      await pass(999);
      expect(net.count('GET /v1/balance')).toBe(1);
      await pass(50);
      expect(screen.getByText('Balance 0: 7')).toBeInTheDocument();
      expect(net.count('GET /v1/balance')).toBe(2);
    });

    it('should fail a Retry-After past maxWaitMs at once, and later requests without sending them', async () => {
      net.use(http.get(`${API}/v1/balance`, () => xmodeError('rate_limited', 429, { 'retry-after': '3600' })));
      const kit = createKit();
      const user = testUser();
      function Two() {
        const [second, setSecond] = useState(false);
        return (
          <>
            <Balance kit={kit} id={1} />
            {second ? <Balance kit={kit} id={2} /> : <button onClick={() => setSecond(true)}>Load another</button>}
          </>
        );
      }
      renderWithKit(<Two />, kit);
      await pass(0);
      expect(screen.getByText('Failed 1: rate_limited')).toBeInTheDocument();
      expect(net.count('GET /v1/balance')).toBe(1);
      await user.click(screen.getByRole('button', { name: 'Load another' }));
      await pass(0);
      expect(screen.getByText('Failed 2: rate_limited')).toBeInTheDocument();
      expect(net.count('GET /v1/balance')).toBe(1);
      // The window (capped at 10 minutes) is the client's, not the account's.
      expect(kit.windows.rateLimit.until()).toBe(performance.now() + 10 * 60_000);
      expect(kit.account.getState()).not.toHaveProperty('rateLimitedUntil');
    });

    it('should leave the window, send nothing and report nothing when the component unmounts during the wait', async () => {
      net.use(http.get(`${API}/v1/balance`, () => HttpResponse.json({ xTokens: 1 })));
      const onError = vi.fn();
      const kit = createKit({ onError });
      kit.windows.rateLimit.open(1000);
      const view = renderWithKit(<Balance kit={kit} />, kit);
      await pass(0);
      view.unmount();
      await pass(1_200);
      expect(net.count('GET /v1/balance')).toBe(0);
      expect(onError).not.toHaveBeenCalled();
    });
  });

  describe('account states', () => {
    it('should tell account_blocked and unauthorized apart on the same 401', async () => {
      net.use(http.get(`${API}/v1/balance`, () => xmodeError('account_blocked', 401)));
      const blockedKit = createKit();
      const first = renderWithKit(<><Balance kit={blockedKit} /><AccountFlags /></>, blockedKit);
      await pass(0);
      expect(screen.getByRole('alert')).toHaveTextContent('Account blocked');
      first.unmount();

      net.use(http.get(`${API}/v1/balance`, () => xmodeError('unauthorized', 401)));
      const keyKit = createKit();
      renderWithKit(<><Balance kit={keyKit} /><AccountFlags /></>, keyKit);
      await pass(0);
      expect(screen.getByRole('alert')).toHaveTextContent('Key missing or revoked');
      expect(keyKit.account.getState().blocked).toBe(false);
    });

    it('should treat a 401 with no body as unauthorized', async () => {
      net.use(http.get(`${API}/v1/balance`, () => new HttpResponse(null, { status: 401 })));
      const kit = createKit();
      renderWithKit(<><Balance kit={kit} /><AccountFlags /></>, kit);
      await pass(0);
      expect(screen.getByRole('alert')).toHaveTextContent('Key missing or revoked');
    });

    it('should give one blocked state and no toast when account_blocked arrives mid-submit', async () => {
      net.use(http.post(`${API}/v1/generations`, () => xmodeError('account_blocked', 401)));
      const kit = createKit();
      function Submit() {
        const mutation = useMutation({ mutationFn: () => kit.api.post('/v1/generations', { prompt: 'a fox' }) });
        return <button onClick={() => mutation.mutate()}>Generate</button>;
      }
      renderWithKit(<><Submit /><AccountFlags /></>, kit);
      await testUser().click(screen.getByRole('button', { name: 'Generate' }));
      await pass(0);
      expect(screen.getByRole('alert')).toHaveTextContent('Account blocked');
      expect(screen.getAllByRole('alert')).toHaveLength(1);
      expect(screen.queryByText('Your xTokens balance is too low for this request')).not.toBeInTheDocument();
      expect(screen.queryByText(/account has been blocked/)).not.toBeInTheDocument();
      expect(net.count('POST /v1/generations')).toBe(1);
    });

    it('should show one banner for payment_required from three queries, cleared by a paid success', async () => {
      net.use(http.get(`${API}/v1/balance`, () => xmodeError('payment_required', 402)));
      net.use(http.post(`${API}/v1/generations`, () => HttpResponse.json({ id: 'gen_1' }, { status: 201 })));
      const kit = createKit();
      function Paid() {
        const mutation = useMutation({
          mutationFn: () => kit.api.post('/v1/generations', {}),
          meta: { xmode: { paid: true } },
        });
        return <button onClick={() => mutation.mutate()}>Generate</button>;
      }
      renderWithKit(<>{[0, 1, 2].map((i) => <Balance key={i} kit={kit} id={i} />)}<AccountFlags /><Paid /></>, kit);
      await pass(0);
      expect(screen.getAllByText(/Failed \d: payment_required/)).toHaveLength(3);
      expect(screen.getAllByRole('alert')).toHaveLength(1);
      expect(net.count('GET /v1/balance')).toBe(3);
      await testUser().click(screen.getByRole('button', { name: 'Generate' }));
      await pass(0);
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });
  });

  describe('retries and toasts', () => {
    it('should send provider_timeout again after its window and show no toast when it then succeeds', async () => {
      net.use(sequence('/v1/balance', 2, () => xmodeError('provider_timeout', 500), () => HttpResponse.json({ xTokens: 9 })));
      const onError = vi.fn();
      const kit = createKit({ onError });
      renderWithKit(<Balance kit={kit} shownIn="background" />, kit);
      await pass(5_000);
      expect(screen.getByText('Balance 0: 9')).toBeInTheDocument();
      expect(net.count('GET /v1/balance')).toBe(3);
      expect(screen.queryByText('The image provider is taking too long')).not.toBeInTheDocument();
      expect(onError).not.toHaveBeenCalled();
    });

    it('should toast provider_error once after the last resend, with a Retry action that refetches', async () => {
      net.use(sequence('/v1/balance', 4, () => xmodeError('provider_error', 500), () => HttpResponse.json({ xTokens: 3 })));
      const kit = createKit();
      renderWithKit(<Balance kit={kit} shownIn="background" />, kit);
      await pass(5_000);
      expect(screen.getAllByText('The image provider had a problem')).toHaveLength(1);
      expect(net.count('GET /v1/balance')).toBe(4);
      await testUser().click(screen.getByRole('button', { name: 'Retry' }));
      await pass(5_000);
      expect(screen.getByText('Balance 0: 3')).toBeInTheDocument();
      expect(net.count('GET /v1/balance')).toBe(5);
      // Its cause is over: the toast goes.
      expect(screen.queryByText('The image provider had a problem')).not.toBeInTheDocument();
    });

    it('should toast a background internal_error with its request id, a copy button and the support link', async () => {
      net.use(http.get(`${API}/v1/balance`, () => xmodeError('internal_error', 500, { 'x-request-id': 'req_abc123' })));
      const kit = createKit();
      renderWithKit(<Balance kit={kit} shownIn="background" />, kit, { supportUrl: 'mailto:support@xmode.test' });
      await pass(5_000);
      expect(screen.getByText('Something went wrong on our side')).toBeInTheDocument();
      expect(screen.getByText('Request ID: req_abc123')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Copy request ID' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', 'mailto:support@xmode.test');
      // The client sends a read refused with internal_error once more.
      expect(net.count('GET /v1/balance')).toBe(2);
    });

    it('should not repeat a POST whose failure may have been applied, but repeat a safe one', async () => {
      net.use(http.post(`${API}/v1/generations`, () => xmodeError('internal_error', 500)));
      net.use(sequence('/v1/end-users', 1, () => xmodeError('provider_timeout', 500), () => HttpResponse.json({ ok: true }), 'post'));
      const kit = createKit();
      const user = testUser();
      function Both() {
        const unsafe = useMutation({ mutationFn: () => kit.api.post('/v1/generations', {}), retryDelay: 5 });
        const safe = useMutation({ mutationFn: () => kit.api.post('/v1/end-users', {}), retryDelay: 5 });
        return (
          <>
            <button onClick={() => unsafe.mutate()}>Unsafe</button>
            <button onClick={() => safe.mutate()}>Safe</button>
            {safe.isSuccess ? <p>Safe done</p> : null}
            {unsafe.isError ? <p>Unsafe failed</p> : null}
          </>
        );
      }
      renderWithKit(<Both />, kit);
      await user.click(screen.getByRole('button', { name: 'Unsafe' }));
      await user.click(screen.getByRole('button', { name: 'Safe' }));
      await pass(5_000);
      expect(screen.getByText('Safe done')).toBeInTheDocument();
      expect(screen.getByText('Unsafe failed')).toBeInTheDocument();
      expect(net.count('POST /v1/generations')).toBe(1);
      expect(net.count('POST /v1/end-users')).toBe(2);
    });

    it('should never toast or report an aborted query', async () => {
      net.use(http.get(`${API}/v1/balance`, async () => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        return xmodeError('internal_error', 500);
      }));
      const onError = vi.fn();
      const kit = createKit({ onError });
      renderWithKit(<Balance kit={kit} shownIn="background" />, kit);
      await pass(0);
      expect(net.count('GET /v1/balance')).toBe(1);
      await act(() => kit.queryClient.cancelQueries());
      await pass(300);
      expect(onError).not.toHaveBeenCalled();
      expect(screen.queryByText('Something went wrong on our side')).not.toBeInTheDocument();
      expect(kit.errors.list()).toEqual([]);
    });
  });

  describe('offline', () => {
    it('should pause while offline, show the offline state, and resume once on reconnect', async () => {
      net.use(http.get(`${API}/v1/balance`, () => HttpResponse.json({ xTokens: 11 })));
      const kit = createKit();
      act(() => onlineManager.setOnline(false));
      renderWithKit(<><Balance kit={kit} /><AccountFlags /></>, kit);
      expect(screen.getByRole('status')).toHaveTextContent('Offline banner');
      await pass(100);
      expect(net.count('GET /v1/balance')).toBe(0);
      act(() => onlineManager.setOnline(true));
      await pass(0);
      expect(screen.getByText('Balance 0: 11')).toBeInTheDocument();
      expect(net.count('GET /v1/balance')).toBe(1);
      expect(screen.queryByText('Offline banner')).not.toBeInTheDocument();
    });

    it('should turn a network_error into the one offline state, with no toast', async () => {
      net.use(http.get(`${API}/v1/balance`, () => HttpResponse.error()));
      const kit = createKit();
      renderWithKit(<>{[0, 1, 2].map((i) => <Balance key={i} kit={kit} id={i} retryDelay={5} />)}<AccountFlags /></>, kit);
      // React Query retries what got no answer (3 times, 5 ms apart here).
      await pass(1_000);
      expect(screen.getAllByText(/Failed \d: network_error/)).toHaveLength(3);
      expect(net.count('GET /v1/balance')).toBe(12);
      expect(screen.getAllByText('Offline banner')).toHaveLength(1);
      expect(screen.queryByText("We can't reach the xMode API")).not.toBeInTheDocument();
      expect(document.querySelectorAll('[data-sonner-toast]')).toHaveLength(0);
    });
  });

  describe('render isolation', () => {
    it('should not re-render a component that does not read the changed slice', () => {
      const kit = createKit();
      let blockedRenders = 0;
      function ReadsBlocked() {
        const blocked = useAccountState((s) => s.blocked);
        return <p>{blocked ? 'blocked' : 'ok'}</p>;
      }
      renderWithKit(
        <Profiler id="reader" onRender={() => (blockedRenders += 1)}>
          <ReadsBlocked />
        </Profiler>,
        kit,
      );
      const before = blockedRenders;
      act(() => {
        kit.account.setState({ offline: true, paymentRequired: true });
        kit.windows.rateLimit.open(5_000);
      });
      expect(blockedRenders).toBe(before);
      act(() => kit.account.setState({ blocked: true }));
      expect(blockedRenders).toBe(before + 1);
      expect(screen.getByText('blocked')).toBeInTheDocument();
    });
  });

  it('should type query errors as XModeError without casts', () => {
    function Typed() {
      const [error] = useState<XModeError | null>(null);
      const query = useQuery({ queryKey: ['t'], queryFn: () => 1, enabled: false });
      const code: string | undefined = query.error?.code;
      return <p>{code ?? error?.code ?? 'none'}</p>;
    }
    const kit = createKit();
    renderWithKit(<Typed />, kit);
    expect(screen.getByText('none')).toBeInTheDocument();
  });
});
