import { useMutation } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorState, TopUpBanner, useXModeClient } from '../../src';
import { API, createKit, renderWithKit, listenCountingServer, xmodeError } from './xmodeTestKit';

const net = listenCountingServer();
afterEach(() => {
  sessionStorage.clear();
  vi.useRealTimers();
});

const GENERATE = ['generations', 'create'] as const;

/** A bank that refuses until topped up; every POST body is recorded. */
function generationsApi() {
  const bodies: unknown[] = [];
  let funded = false;
  net.use(
    http.post(`${API}/v1/generations`, async ({ request }) => {
      bodies.push(await request.json());
      return funded ? HttpResponse.json({ id: `gen_${bodies.length}`, status: 'queued' }, { status: 201 }) : xmodeError('payment_required', 402);
    }),
  );
  return { bodies, topUp: () => (funded = true) };
}

function GenerateButton({ prompt = 'A lighthouse at dawn', withKey = true, inline = false }: { prompt?: string; withKey?: boolean; inline?: boolean }) {
  const xmode = useXModeClient();
  const generate = useMutation({
    ...(withKey ? { mutationKey: [...GENERATE] } : {}),
    mutationFn: (body: { prompt: string; imageCount: number }) => xmode.post<{ id: string }>('/v1/generations', body),
    meta: { xmode: { paid: true } },
  });
  return (
    <>
      <button onClick={() => generate.mutate({ prompt, imageCount: 2 })}>Generate</button>
      <p>{generate.isError ? `Failed: ${generate.error.code}` : generate.isSuccess ? 'Created' : ''}</p>
      {inline ? <ErrorState error={generate.error} /> : null}
    </>
  );
}

const banner = () => screen.getByRole('button', { name: 'Dismiss the low balance message' }).closest('.xm-banner') as HTMLElement;

describe('a 402 that recovers in one action', () => {
  it('should offer "Generate again" once the balance is back, and send the same request', async () => {
    const api = generationsApi();
    const kit = createKit();
    renderWithKit(
      <>
        <TopUpBanner />
        <GenerateButton />
      </>,
      kit,
      { topUpHref: '/billing' },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Generate' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your xTokens balance is too low for this request');
    expect(within(banner()).getByRole('link', { name: 'Top up' })).toHaveAttribute('href', '/billing');

    // The user tops up (the billing page calls useAccountActions().clearPaymentRequired()).
    api.topUp();
    act(() => kit.account.setState({ paymentRequired: false }));
    expect(await screen.findByRole('status')).toHaveTextContent('Your balance is topped up.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Generate again' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Your request was sent again.'));
    expect(api.bodies).toEqual([
      { prompt: 'A lighthouse at dawn', imageCount: 2 },
      { prompt: 'A lighthouse at dawn', imageCount: 2 },
    ]);
    expect(kit.queryClient.xmode.recovery.getState().kept).toBeUndefined();
  });

  it("should take the 402's line in place away once the balance is back, and show it for a new 402", async () => {
    generationsApi();
    const kit = createKit();
    // The banner states the cause; in place of the content one quiet line points there (#25).
    const LINE = "This couldn't load: see the notice at the top.";
    renderWithKit(<GenerateButton inline withKey={false} />, kit, { topUpHref: '/billing' });
    await userEvent.click(screen.getByRole('button', { name: 'Generate' }));
    expect(await screen.findByText(LINE)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Top up' })).not.toBeInTheDocument();

    // Topped up elsewhere: the line goes with its cause.
    act(() => kit.account.setState({ paymentRequired: false }));
    await waitFor(() => expect(screen.queryByText(LINE)).not.toBeInTheDocument());
    expect(screen.getByText('Failed: payment_required')).toBeInTheDocument();

    // Spent again: the next 402 is news.
    await userEvent.click(screen.getByRole('button', { name: 'Generate' }));
    expect(await screen.findByText(LINE)).toBeInTheDocument();
  });

  it('should re-check the balance with backoff on "I\'ve topped up" and say what it found', async () => {
    generationsApi();
    const checkBalance = vi.fn(async () => false);
    const kit = createKit({ checkBalance });
    renderWithKit(
      <>
        <TopUpBanner />
        <GenerateButton />
      </>,
      kit,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Generate' }));
    await screen.findByRole('alert');
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    act(() => screen.getByRole('button', { name: "I've topped up" }).click());
    expect(screen.getByRole('status')).toHaveTextContent('Checking your balance…');
    await act(() => vi.advanceTimersByTimeAsync(15_000));
    expect(checkBalance).toHaveBeenCalledTimes(5);
    expect(screen.getByRole('status')).toHaveTextContent("We don't see your top-up yet");
    expect(screen.getByRole('button', { name: 'Check again' })).toBeInTheDocument();

    // Credits arrive: the next check finds them on its second try.
    checkBalance.mockResolvedValueOnce(false).mockResolvedValue(true);
    act(() => screen.getByRole('button', { name: 'Check again' }).click());
    await act(() => vi.advanceTimersByTimeAsync(1_500));
    expect(checkBalance).toHaveBeenCalledTimes(7);
    expect(screen.getByRole('status')).toHaveTextContent('Your balance is topped up.');
    // Focus moves to the one action left.
    expect(screen.getByRole('button', { name: 'Generate again' })).toHaveFocus();
  });

  it('should not bring the banner back for a 402 of a request sent before the top-up', async () => {
    let release!: () => void;
    net.use(
      http.post(`${API}/v1/generations`, async () => {
        await new Promise<void>((resolve) => (release = resolve));
        return xmodeError('payment_required', 402);
      }),
    );
    const kit = createKit();
    renderWithKit(
      <>
        <TopUpBanner />
        <GenerateButton />
      </>,
      kit,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Generate' }));
    await waitFor(() => expect(net.count('POST /v1/generations')).toBe(1));
    // A top-up lands while that request is still out…
    await new Promise((resolve) => setTimeout(resolve, 5));
    act(() => kit.account.setState({ paymentRequired: true }));
    act(() => kit.account.setState({ paymentRequired: false }));
    release();
    await screen.findByText('Failed: payment_required');
    // …so its late 402 is stale: no banner, no flag.
    expect(kit.account.getState().paymentRequired).toBe(false);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('should keep the request across a reload in this tab (sessionStorage), never the key', async () => {
    const api = generationsApi();
    const first = createKit();
    const view = renderWithKit(<GenerateButton prompt="Key xm_live_s3cretKEY000000 must not persist" />, first);
    await userEvent.click(screen.getByRole('button', { name: 'Generate' }));
    await screen.findByText('Failed: payment_required');
    view.unmount();
    const stored = Object.values({ ...sessionStorage }).join('\n');
    expect(stored).toContain('Key xm_[redacted] must not persist');
    expect(stored).not.toMatch(/xm_live|testkey000000/);

    // "Reload": a new query client of the same key, with mutation defaults for the key.
    const second = createKit();
    second.queryClient.setMutationDefaults([...GENERATE], {
      mutationFn: (body: unknown) => second.api.post('/v1/generations', body),
    });
    api.topUp();
    renderWithKit(<TopUpBanner />, second);
    expect(second.queryClient.xmode.recovery.getState().kept?.variables).toEqual({ prompt: 'Key xm_[redacted] must not persist', imageCount: 2 });
    act(() => second.account.setState({ paymentRequired: true }));
    act(() => second.account.setState({ paymentRequired: false }));
    await userEvent.click(await screen.findByRole('button', { name: 'Generate again' }));
    await waitFor(() => expect(api.bodies).toHaveLength(2));
  });

  it('should keep nothing for a paid mutation without a mutationKey (nothing to send it with)', async () => {
    generationsApi();
    const kit = createKit();
    renderWithKit(
      <>
        <TopUpBanner />
        <GenerateButton withKey={false} />
      </>,
      kit,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Generate' }));
    await screen.findByRole('alert');
    act(() => kit.account.setState({ paymentRequired: false }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /Dismiss/ })).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Generate again' })).not.toBeInTheDocument();
  });
});
