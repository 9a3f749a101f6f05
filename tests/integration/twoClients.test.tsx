import { useMutation, useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { RateLimitNotice, SubmitButton, createXModeClient, useServerErrors, useWait, type XModeClient } from '../../src';
import { keepTestTime, pass, testUser } from './testClock';
import { API, createKit, listenCountingServer, renderWithKit, xmodeError } from './xmodeTestKit';

const net = listenCountingServer();
keepTestTime();

/** The dashboard's own API (no key; works while /v1 refuses), as src/demo/api/clients.ts wires it. */
const dashboardClient = () => createXModeClient({ baseUrl: API });

/** The page's wait, as `useWait()` gives it (the provider's API client: /v1). */
function WaitLine() {
  const { secondsLeft, active } = useWait();
  return <p>{active ? `Waiting ${secondsLeft} s` : 'No wait'}</p>;
}

/** The billing figure, read through the dashboard client. */
function Billing({ dashboard }: { dashboard: XModeClient }) {
  const billing = useQuery({ queryKey: ['billing'], queryFn: ({ signal }) => dashboard.get<{ xTokens: number }>('/dashboard/billing', { signal }) });
  return <p>{billing.data ? `Billing: ${billing.data.xTokens}` : 'Loading billing'}</p>;
}

/** A /v1 balance read, polled by the test with Refresh. */
function Balance({ v1 }: { v1: XModeClient }) {
  const balance = useQuery({ queryKey: ['balance'], queryFn: ({ signal }) => v1.get<{ xTokens: number }>('/v1/balance', { signal }) });
  return (
    <>
      <p>{balance.data ? `Balance: ${balance.data.xTokens}` : 'Loading balance'}</p>
      <button type="button" onClick={() => void balance.refetch()}>
        Refresh balance
      </button>
    </>
  );
}

/** A /v1 form: its submit button reads the provider's window. */
function AddEndUser({ v1 }: { v1: XModeClient }) {
  const form = useForm<{ email: string }>({ defaultValues: { email: 'ana@example.com' } });
  const add = useMutation({ mutationFn: (values: { email: string }) => v1.post('/v1/end-users', values), meta: { xmode: { shownIn: 'form' } } });
  const server = useServerErrors(form, add.error, { pending: add.isPending });
  return (
    <form aria-label="End user" onSubmit={server.handleSubmit((values) => add.mutate(values))} noValidate>
      <SubmitButton server={server}>Add end user</SubmitButton>
      <p>{add.isSuccess ? 'End user added' : ''}</p>
    </form>
  );
}

/** A dashboard mutation (top-up) through the dashboard client. */
function TopUp({ dashboard }: { dashboard: XModeClient }) {
  const topUp = useMutation({ mutationFn: () => dashboard.post('/dashboard/billing/top-up', { amount: 50 }), meta: { xmode: { shownIn: 'form' } } });
  return (
    <button type="button" onClick={() => topUp.mutate()}>
      {topUp.isSuccess ? 'Topped up' : 'Top up 50'}
    </button>
  );
}

describe('two API clients under one provider (#20)', () => {
  it("should keep /v1 sending while the dashboard client waits out its own 429, and show no wait for /v1", async () => {
    let billingCalls = 0;
    net.use(
      http.get(`${API}/dashboard/billing`, () => {
        billingCalls += 1;
        return billingCalls === 1 ? xmodeError('rate_limited', 429, { 'retry-after': '30' }) : HttpResponse.json({ xTokens: 40 });
      }),
      http.get(`${API}/v1/balance`, () => HttpResponse.json({ xTokens: 12 })),
      http.post(`${API}/v1/end-users`, () => HttpResponse.json({ ok: true }, { status: 201 })),
    );
    // The query client is built from the /v1 client (createKit); the dashboard client is the page's other one.
    const kit = createKit();
    const dashboard = dashboardClient();
    const user = testUser();
    renderWithKit(
      <>
        <RateLimitNotice />
        <WaitLine />
        <Billing dashboard={dashboard} />
        <Balance v1={kit.api} />
        <AddEndUser v1={kit.api} />
      </>,
      kit,
    );
    await pass(10);
    expect(net.count('GET /dashboard/billing')).toBe(1);
    expect(dashboard.windows.rateLimit.until()).toBeGreaterThan(performance.now() + 29_000);

    // /v1 is not held: its window never opened.
    expect(kit.windows.rateLimit.until()).toBe(0);
    expect(screen.getByText('Balance: 12')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Refresh balance' }));
    await pass(10);
    expect(net.count('GET /v1/balance')).toBe(2);
    await user.click(screen.getByRole('button', { name: 'Add end user' }));
    await pass(10);
    expect(screen.getByText('End user added')).toBeInTheDocument();
    expect(net.count('POST /v1/end-users')).toBe(1);

    // …and the UI, which reads the provider's (/v1) window, shows no wait for it.
    expect(screen.getByText('No wait')).toBeInTheDocument();
    expect(screen.queryByText('Too many requests')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add end user' })).not.toHaveAttribute('aria-disabled');

    // The dashboard client sends its own request again when its window ends.
    await pass(30_000);
    expect(screen.getByText('Billing: 40')).toBeInTheDocument();
    expect(net.count('GET /dashboard/billing')).toBe(2);
  });

  it("should keep the dashboard sending while /v1 waits out a 429: a top-up is never held by /v1's window", async () => {
    let balanceCalls = 0;
    net.use(
      http.get(`${API}/v1/balance`, () => {
        balanceCalls += 1;
        return balanceCalls === 1 ? xmodeError('rate_limited', 429, { 'retry-after': '20' }) : HttpResponse.json({ xTokens: 12 });
      }),
      http.get(`${API}/dashboard/billing`, () => HttpResponse.json({ xTokens: 40 })),
      http.post(`${API}/dashboard/billing/top-up`, () => HttpResponse.json({ xTokens: 90 })),
    );
    const kit = createKit();
    const dashboard = dashboardClient();
    const user = testUser();
    renderWithKit(
      <>
        <WaitLine />
        <Balance v1={kit.api} />
        <Billing dashboard={dashboard} />
        <TopUp dashboard={dashboard} />
      </>,
      kit,
    );
    await pass(10);
    // The page's wait is /v1's own.
    expect(screen.getByText('Waiting 20 s')).toBeInTheDocument();
    expect(screen.getByText('Billing: 40')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Top up 50' }));
    await pass(10);
    expect(screen.getByRole('button', { name: 'Topped up' })).toBeInTheDocument();
    expect(net.count('POST /dashboard/billing/top-up')).toBe(1);
    expect(dashboard.windows.rateLimit.until()).toBe(0);
    expect(net.count('GET /v1/balance')).toBe(1);

    await pass(20_000);
    expect(screen.getByText('Balance: 12')).toBeInTheDocument();
    expect(screen.getByText('No wait')).toBeInTheDocument();
  });
});
