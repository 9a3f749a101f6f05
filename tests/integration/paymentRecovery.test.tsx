import { useMutation } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorState, TopUpBanner, useXModeClient, type KeptPaidRequest } from '../../src';
import { keepTestTime, pass, testUser } from './testClock';
import { API, createKit, renderWithKit, listenCountingServer, xmodeError } from './xmodeTestKit';

const net = listenCountingServer();
keepTestTime();
afterEach(() => sessionStorage.clear());

const GENERATE = ['generations', 'create'] as const;
/** xTokens an image costs, as the host's `costOf` says. */
const IMAGE_COST = 10;
const costOf = (kept: KeptPaidRequest) => ((kept.variables as { imageCount?: number }).imageCount ?? 1) * IMAGE_COST;

/** A bank: refuses a generation the balance can't pay, charges the ones it can; every POST body is recorded. */
function bank(initial = 0) {
  const bodies: unknown[] = [];
  let balance = initial;
  net.use(
    http.post(`${API}/v1/generations`, async ({ request }) => {
      const body = (await request.json()) as { imageCount: number };
      bodies.push(body);
      const cost = body.imageCount * IMAGE_COST;
      if (cost > balance) return xmodeError('payment_required', 402);
      balance -= cost;
      return HttpResponse.json({ id: `gen_${bodies.length}`, status: 'queued' }, { status: 201 });
    }),
  );
  return { bodies, topUp: (amount: number) => (balance += amount), balance: () => balance };
}

/** A form in small: Generate sends the prompt (the same request each time), paid, with a key to keep it by. */
function GenerateButton({ prompt = 'A lighthouse at dawn', imageCount = 2, withKey = true, inline = false, label = 'Generate' }: { prompt?: string; imageCount?: number; withKey?: boolean; inline?: boolean; label?: string }) {
  const xmode = useXModeClient();
  const generate = useMutation({
    ...(withKey ? { mutationKey: [...GENERATE] } : {}),
    mutationFn: (body: { prompt: string; imageCount: number }) => xmode.post<{ id: string }>('/v1/generations', body),
    meta: { xmode: { paid: true } },
  });
  return (
    <>
      <button onClick={() => generate.mutate({ prompt, imageCount })}>{label}</button>
      <p>{generate.isError ? `Failed: ${generate.error.code}` : generate.isSuccess ? `Created ${generate.data.id}` : ''}</p>
      {inline ? <ErrorState error={generate.error} /> : null}
    </>
  );
}

const banner = () => document.querySelector('.xm-banner') as HTMLElement | null;
const bannerStatus = () => within(banner() as HTMLElement).getByRole('status');

/** A 402 on Generate, with the banner up. */
async function refused(user: ReturnType<typeof testUser>) {
  await user.click(screen.getByRole('button', { name: 'Generate' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Your xTokens balance is too low for this request');
}

describe('a 402 that recovers in one action (#21)', () => {
  it('should offer "Generate again" once a top-up covers the kept request, send it once, and move focus to what it says', async () => {
    const api = bank();
    const kit = createKit({ checkBalance: async () => api.balance(), costOf });
    const user = testUser();
    renderWithKit(
      <>
        <TopUpBanner />
        <GenerateButton />
      </>,
      kit,
      { topUpHref: '/billing' },
    );
    await refused(user);
    expect(within(banner() as HTMLElement).getByRole('link', { name: 'Top up' })).toHaveAttribute('href', '/billing');

    // The billing page tops up and calls useAccountActions().clearPaymentRequired(): the banner reads the balance.
    api.topUp(100);
    act(() => kit.account.setState({ paymentRequired: false }));
    await waitFor(() => expect(bannerStatus()).toHaveTextContent('Your balance is topped up.'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Generate again' }));
    await waitFor(() => expect(bannerStatus()).toHaveTextContent('Your request was sent again.'));
    // Focus is on the message that says so, not on <body> (the button is gone).
    expect(bannerStatus()).toHaveFocus();
    expect(api.bodies).toEqual([
      { prompt: 'A lighthouse at dawn', imageCount: 2 },
      { prompt: 'A lighthouse at dawn', imageCount: 2 },
    ]);
    expect(kit.queryClient.xmode.kept.get()).toBeUndefined();
    expect(screen.queryByRole('button', { name: 'Generate again' })).not.toBeInTheDocument();
  });

  it("should take the 402's line in place away once the balance is back, and show it for a new 402", async () => {
    bank();
    const kit = createKit();
    const user = testUser();
    // The banner states the cause; in place of the content one quiet line points there (#25).
    const LINE = "This couldn't load: see the notice at the top.";
    renderWithKit(<GenerateButton inline withKey={false} />, kit, { topUpHref: '/billing' });
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    expect(await screen.findByText(LINE)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Top up' })).not.toBeInTheDocument();

    // Topped up elsewhere: the line goes with its cause.
    act(() => kit.account.setState({ paymentRequired: false }));
    await waitFor(() => expect(screen.queryByText(LINE)).not.toBeInTheDocument());
    expect(screen.getByText('Failed: payment_required')).toBeInTheDocument();

    // Spent again: the next 402 is news.
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    expect(await screen.findByText(LINE)).toBeInTheDocument();
  });

  it('should say how much is still missing when the top-up does not cover the request, with Top up, and offer nothing to send', async () => {
    const api = bank();
    const kit = createKit({ checkBalance: async () => api.balance(), costOf });
    const user = testUser();
    renderWithKit(
      <>
        <TopUpBanner />
        <GenerateButton imageCount={3} />
      </>,
      kit,
      { topUpHref: '/billing' },
    );
    await refused(user);
    api.topUp(20);
    act(() => kit.account.setState({ paymentRequired: false }));
    await waitFor(() => expect(bannerStatus()).toHaveTextContent('Your balance is 20 xTokens. Add at least 10 more to send this request.'));
    expect(screen.queryByText('Your balance is topped up.')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Generate again' })).not.toBeInTheDocument();
    expect(within(banner() as HTMLElement).getByRole('link', { name: 'Top up' })).toHaveAttribute('href', '/billing');

    // Ten more, and "Check again" finds it.
    api.topUp(10);
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    await waitFor(() => expect(bannerStatus()).toHaveTextContent('Your balance is topped up.'));
    expect(screen.getByRole('button', { name: 'Generate again' })).toHaveFocus();
    expect(api.bodies).toHaveLength(1);
  });

  it('should read the balance again after each top-up: what an earlier one found is not what a later one shows', async () => {
    const api = bank();
    const kit = createKit({ checkBalance: async () => api.balance(), costOf });
    const user = testUser();
    renderWithKit(
      <>
        <TopUpBanner />
        <GenerateButton imageCount={3} />
      </>,
      kit,
    );
    await refused(user);
    api.topUp(20);
    act(() => kit.account.setState({ paymentRequired: false }));
    await waitFor(() => expect(bannerStatus()).toHaveTextContent('Add at least 10 more'));
    // Sent anyway from its form: refused again (and kept again); then enough is added.
    await refused(user);
    api.topUp(10);
    act(() => kit.account.setState({ paymentRequired: false }));
    await waitFor(() => expect(bannerStatus()).toHaveTextContent('Your balance is topped up.'));
    expect(screen.getByRole('button', { name: 'Generate again' })).toBeInTheDocument();
  });

  it("should be used up by its form's own send: one more charge, and nothing offers it again", async () => {
    const api = bank();
    const kit = createKit({ checkBalance: async () => api.balance(), costOf });
    const user = testUser();
    renderWithKit(
      <>
        <TopUpBanner />
        <GenerateButton />
      </>,
      kit,
    );
    await refused(user);
    api.topUp(100);
    act(() => kit.account.setState({ paymentRequired: false }));
    await screen.findByRole('button', { name: 'Generate again' });

    // The user presses the form's own Generate: the same request.
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    await screen.findByText('Created gen_2');
    expect(api.bodies).toHaveLength(2);
    expect(api.balance()).toBe(80);
    expect(kit.queryClient.xmode.kept.get()).toBeUndefined();
    expect(screen.queryByRole('button', { name: 'Generate again' })).not.toBeInTheDocument();
    expect(banner()).toBeNull();
  });

  it('should stay kept when a different request is sent: only an equal send uses it up', async () => {
    const api = bank(10);
    const kit = createKit();
    const user = testUser();
    renderWithKit(
      <>
        <GenerateButton />
        <GenerateButton prompt="A smaller one" imageCount={1} label="Generate a smaller one" />
      </>,
      kit,
    );
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    await screen.findByText('Failed: payment_required');
    const kept = kit.queryClient.xmode.kept.get();
    expect(kept?.variables).toEqual({ prompt: 'A lighthouse at dawn', imageCount: 2 });
    // Another request, which the balance pays: the kept one is not it.
    await user.click(screen.getByRole('button', { name: 'Generate a smaller one' }));
    await screen.findByText('Created gen_2');
    expect(api.balance()).toBe(0);
    expect(kit.queryClient.xmode.kept.get()).toBe(kept);
  });

  it('should re-check the balance with backoff on "I\'ve topped up" and say what it found', async () => {
    const api = bank();
    const checkBalance = vi.fn(async () => api.balance());
    const kit = createKit({ checkBalance, costOf });
    const user = testUser();
    renderWithKit(
      <>
        <TopUpBanner />
        <GenerateButton />
      </>,
      kit,
    );
    await refused(user);
    act(() => screen.getByRole('button', { name: "I've topped up" }).click());
    expect(bannerStatus()).toHaveTextContent('Checking your balance…');
    expect(screen.getByRole('button', { name: "I've topped up" })).toHaveAttribute('aria-disabled', 'true');
    await pass(15_000);
    // Now, then after 1, 2, 4 and 8 s.
    expect(checkBalance).toHaveBeenCalledTimes(5);
    expect(bannerStatus()).toHaveTextContent('Your balance is 0 xTokens. Add at least 20 more to send this request.');
    expect(screen.getByRole('button', { name: 'Check again' })).toBeInTheDocument();

    // Credits arrive between two reads of the next check: found on its second read.
    checkBalance.mockImplementationOnce(async () => 0).mockImplementation(async () => 100);
    act(() => screen.getByRole('button', { name: 'Check again' }).click());
    await pass(1_500);
    expect(checkBalance).toHaveBeenCalledTimes(7);
    expect(bannerStatus()).toHaveTextContent('Your balance is topped up.');
    expect(kit.account.getState().paymentRequired).toBe(false);
    // Focus moves to the one action left.
    expect(screen.getByRole('button', { name: 'Generate again' })).toHaveFocus();
  });

  it('should not offer a resend that ended in a server fault again: it may have gone through; check the generations first', async () => {
    const api = bank();
    const kit = createKit({ checkBalance: async () => api.balance(), costOf });
    const user = testUser();
    renderWithKit(
      <>
        <TopUpBanner />
        <GenerateButton />
      </>,
      kit,
      { generationsHref: '/generations' },
    );
    await refused(user);
    api.topUp(100);
    act(() => kit.account.setState({ paymentRequired: false }));
    await screen.findByRole('button', { name: 'Generate again' });
    net.use(http.post(`${API}/v1/generations`, () => xmodeError('internal_error', 500)));
    await user.click(screen.getByRole('button', { name: 'Generate again' }));
    await waitFor(() => expect(bannerStatus()).toHaveTextContent("We couldn't confirm your request went through. Check your generations before you send it again."));
    expect(within(banner() as HTMLElement).getByRole('link', { name: 'Check your generations' })).toHaveAttribute('href', '/generations');
    expect(screen.queryByRole('button', { name: 'Generate again' })).not.toBeInTheDocument();
    expect(net.count('POST /v1/generations')).toBe(2);
  });

  it('should trust clearPaymentRequired() without a balance check', async () => {
    const api = bank();
    const kit = createKit();
    const user = testUser();
    renderWithKit(
      <>
        <TopUpBanner />
        <GenerateButton />
      </>,
      kit,
    );
    await refused(user);
    expect(screen.queryByRole('button', { name: "I've topped up" })).not.toBeInTheDocument();
    api.topUp(100);
    act(() => kit.account.setState({ paymentRequired: false }));
    expect(await screen.findByRole('button', { name: 'Generate again' })).toBeInTheDocument();
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
    const user = testUser();
    renderWithKit(
      <>
        <TopUpBanner />
        <GenerateButton />
      </>,
      kit,
    );
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    await waitFor(() => expect(net.count('POST /v1/generations')).toBe(1));
    // A top-up lands while that request is still out…
    await pass(5);
    act(() => kit.account.setState({ paymentRequired: true }));
    act(() => kit.account.setState({ paymentRequired: false }));
    release();
    await screen.findByText('Failed: payment_required');
    // …so its late 402 is stale: no banner, no flag, nothing kept.
    expect(kit.account.getState().paymentRequired).toBe(false);
    expect(kit.queryClient.xmode.kept.get()).toBeUndefined();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('should keep the request across a reload in this tab (sessionStorage), never the key, and send it once', async () => {
    const api = bank();
    const first = createKit();
    const user = testUser();
    const view = renderWithKit(<GenerateButton prompt="Key xm_live_s3cretKEY000000 must not persist" />, first);
    await user.click(screen.getByRole('button', { name: 'Generate' }));
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
    api.topUp(100);
    renderWithKit(<TopUpBanner />, second);
    expect(second.queryClient.xmode.kept.get()?.variables).toEqual({ prompt: 'Key xm_[redacted] must not persist', imageCount: 2 });
    act(() => second.account.setState({ paymentRequired: true }));
    act(() => second.account.setState({ paymentRequired: false }));
    await user.click(await screen.findByRole('button', { name: 'Generate again' }));
    await waitFor(() => expect(api.bodies).toHaveLength(2));
    // Used up as it went: gone from this tab's storage too.
    expect(second.queryClient.xmode.kept.get()).toBeUndefined();
    expect(Object.values({ ...sessionStorage }).join('\n')).not.toContain('must not persist');
  });

  it('should keep nothing for a paid mutation without a mutationKey (nothing to send it with)', async () => {
    bank();
    const kit = createKit();
    const user = testUser();
    renderWithKit(
      <>
        <TopUpBanner />
        <GenerateButton withKey={false} />
      </>,
      kit,
    );
    await refused(user);
    act(() => kit.account.setState({ paymentRequired: false }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /Dismiss/ })).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Generate again' })).not.toBeInTheDocument();
  });
});
