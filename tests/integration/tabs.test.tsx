import { useMutation, useQuery } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useState, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccountGate, TopUpBanner, XModeErrorProvider, useAccountState, useXModeClient } from '../../src';
import { MAX_RATE_LIMIT_WINDOW_MS } from '../../src/core/requestWindow';
import { TAB_CHANNEL_NAME, setTabPortFactory } from '../../src/core/tabChannel';
import { requestDigest } from '../../src/react/keptRequest';
import { createTabHub } from './tabHub';
import { keepTestTime, pass, testUser } from './testClock';
import { API, createKit, listenCountingServer, xmodeError } from './xmodeTestKit';

const net = listenCountingServer();
// Windows, their messages (the hub delivers on a zero-delay timer) and the server's limit on one clock.
keepTestTime();
let hub: ReturnType<typeof createTabHub>;
beforeEach(() => {
  hub = createTabHub();
  setTabPortFactory(hub.factory);
});
afterEach(() => {
  setTabPortFactory(() => undefined);
  sessionStorage.clear();
});

type Kit = ReturnType<typeof createKit>;

/** One "tab": its own API client, query client and provider, on the shared channel. */
function Tab({ kit, name, children }: { kit: Pick<Kit, 'queryClient'>; name: string; children?: ReactNode }) {
  return (
    <section aria-label={name}>
      <XModeErrorProvider client={kit.queryClient} toaster={false} topUpHref="/billing">
        {children}
      </XModeErrorProvider>
    </section>
  );
}

function Balance({ id }: { id: string }) {
  const xmode = useXModeClient();
  const query = useQuery({ queryKey: ['balance', id], queryFn: ({ signal }) => xmode.get<{ xTokens: number }>('/v1/balance', { signal }) });
  return <p>{query.data ? `Balance ${id}: ${query.data.xTokens}` : query.error ? `Failed ${id}` : `Loading ${id}`}</p>;
}

function LateBalance({ id }: { id: string }) {
  const [shown, setShown] = useState(false);
  return shown ? <Balance id={id} /> : <button onClick={() => setShown(true)}>Load {id}</button>;
}

/** A generation form's submit, in small: a mutation the user starts. */
function Generate() {
  const xmode = useXModeClient();
  const generate = useMutation({
    mutationFn: () => xmode.post<{ id: string }>('/v1/generations', { prompt: 'A fox' }),
    meta: { xmode: { shownIn: 'form' } },
  });
  return (
    <>
      <button onClick={() => generate.mutate()}>Generate</button>
      <p>{generate.isSuccess ? `Created ${generate.data.id}` : generate.isPending ? 'Sending' : ''}</p>
    </>
  );
}

function Flags() {
  const blocked = useAccountState((state) => state.blocked);
  const unauthorized = useAccountState((state) => state.unauthorized);
  return <p>{`blocked: ${blocked}, unauthorized: ${unauthorized}`}</p>;
}

/** The server limits for 3 s from the first request it sees, as a real API's window would. */
function limitFor(ms: number) {
  let limitedUntil = 0;
  return () => {
    if (limitedUntil === 0) limitedUntil = Date.now() + ms;
    return Date.now() < limitedUntil;
  };
}

describe('tabs of one origin and one API key', () => {
  it("should hold another tab's requests for this tab's 429 window, then send each once", async () => {
    const limited = limitFor(3_000);
    net.use(http.get(`${API}/v1/balance`, () => (limited() ? xmodeError('rate_limited', 429, { 'retry-after': '3' }) : HttpResponse.json({ xTokens: 8 }))));
    const one = createKit();
    const two = createKit();
    const user = testUser();
    render(
      <>
        <Tab kit={one} name="Tab 1">
          <Balance id="a" />
        </Tab>
        <Tab kit={two} name="Tab 2">
          <LateBalance id="b" />
        </Tab>
      </>,
    );
    await pass(1);
    // Tab 2 learned tab 1's window: the same deadline.
    expect(one.windows.rateLimit.until()).toBe(performance.now() + 3_000 - 1);
    expect(two.windows.rateLimit.until()).toBe(one.windows.rateLimit.until());
    expect(net.count('GET /v1/balance')).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Load b' }));
    await pass(1_000);
    // Tab 2 mounted its query inside the window: nothing sent yet.
    expect(net.count('GET /v1/balance')).toBe(1);
    await pass(2_100);
    expect(screen.getByText('Balance b: 8')).toBeInTheDocument();
    expect(screen.getByText('Balance a: 8')).toBeInTheDocument();
    expect(net.count('GET /v1/balance')).toBe(3);
  });

  it("should hold another tab's mutations too for a window it learned, and send each once when it ends (#20)", async () => {
    const limited = limitFor(2_000);
    net.use(http.get(`${API}/v1/balance`, () => (limited() ? xmodeError('rate_limited', 429, { 'retry-after': '2' }) : HttpResponse.json({ xTokens: 8 }))));
    net.use(http.post(`${API}/v1/generations`, () => HttpResponse.json({ id: 'gen_1' }, { status: 201 })));
    const one = createKit();
    const two = createKit();
    const user = testUser();
    render(
      <>
        <Tab kit={one} name="Tab 1">
          <Balance id="a" />
        </Tab>
        <Tab kit={two} name="Tab 2">
          <Generate />
        </Tab>
      </>,
    );
    await pass(500);
    expect(two.windows.rateLimit.until()).toBeGreaterThan(performance.now());
    // 0.5 s into tab 1's 2 s window, tab 2's Generate waits in the window it learned.
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    await pass(1_000);
    expect(net.count('POST /v1/generations')).toBe(0);
    expect(screen.getByText('Sending')).toBeInTheDocument();
    await pass(600);
    expect(screen.getByText('Created gen_1')).toBeInTheDocument();
    expect(net.count('POST /v1/generations')).toBe(1);
  });

  it("should release another tab's waiting request by the message that this tab's window closed, not by its own timer", async () => {
    net.use(http.get(`${API}/v1/balance`, () => HttpResponse.json({ xTokens: 6 })));
    const one = createKit();
    const two = createKit();
    const user = testUser();
    render(
      <>
        <Tab kit={one} name="Tab 1" />
        <Tab kit={two} name="Tab 2">
          <LateBalance id="b" />
        </Tab>
      </>,
    );
    await pass(1);
    // Tab 1's outage window: a minute of it (a long Retry-After).
    act(() => one.windows.outage.open(60_000));
    await pass(1);
    expect(two.windows.outage.until()).toBe(one.windows.outage.until());
    await user.click(screen.getByRole('button', { name: 'Load b' }));
    await pass(1_000);
    expect(net.count('GET /v1/balance')).toBe(0);

    // Tab 1 hears from the API again (an answer closes its window): tab 2's request goes now, 59 s before its own timer.
    act(() => one.windows.outage.close());
    await pass(5);
    expect(screen.getByText('Balance b: 6')).toBeInTheDocument();
    expect(net.count('GET /v1/balance')).toBe(1);
    expect(two.windows.outage.active()).toBe(false);
    expect(hub.log).toContainEqual(expect.objectContaining({ kind: 'state', state: { windows: { outage: expect.objectContaining({ state: 'closed' }) } } }));
  });

  it("should let another tab's waiting request probe when the message says the window ended (a hidden tab's timer is late)", async () => {
    let down = true;
    net.use(http.get(`${API}/v1/balance`, () => (down ? xmodeError('internal_error', 500) : HttpResponse.json({ xTokens: 6 }))));
    const two = createKit();
    const user = testUser();
    render(
      <Tab kit={two} name="Tab 2">
        <LateBalance id="b" />
      </Tab>,
    );
    const scope = two.api.fingerprint();
    const until = Date.now() + 60_000;
    hub.inject(TAB_CHANNEL_NAME, { v: 2, kind: 'state', scope, from: 'tab1', state: { windows: { outage: { state: 'open', until } } } });
    await pass(1);
    await user.click(screen.getByRole('button', { name: 'Load b' }));
    await pass(1_000);
    expect(net.count('GET /v1/balance')).toBe(0);

    down = false;
    hub.inject(TAB_CHANNEL_NAME, { v: 2, kind: 'state', scope, from: 'tab1', state: { windows: { outage: { state: 'ended', until } } } });
    await pass(5);
    expect(screen.getByText('Balance b: 6')).toBeInTheDocument();
    expect(net.count('GET /v1/balance')).toBe(1);
    // The probe's answer closed the window here.
    expect(two.windows.outage.active()).toBe(false);
  });

  it('should show and clear the top-up banner in every tab when one tab learns it', async () => {
    const one = createKit();
    const two = createKit();
    render(
      <>
        <Tab kit={one} name="Tab 1" />
        <Tab kit={two} name="Tab 2">
          <TopUpBanner />
        </Tab>
      </>,
    );
    act(() => one.account.setState({ paymentRequired: true }));
    await pass(1);
    expect(screen.getByRole('alert')).toHaveTextContent('Your xTokens balance is too low');
    act(() => one.account.setState({ paymentRequired: false }));
    await pass(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(two.account.getState().paymentRequired).toBe(false);
  });

  it('should tell a tab that opens later what the others know', async () => {
    const one = createKit();
    const first = render(
      <Tab kit={one} name="Tab 1">
        <Flags />
      </Tab>,
    );
    act(() => {
      one.account.setState({ blocked: true });
      one.windows.rateLimit.open(30_000);
    });
    const late = createKit();
    first.rerender(
      <>
        <Tab kit={one} name="Tab 1">
          <Flags />
        </Tab>
        <Tab kit={late} name="Tab 2">
          <Flags />
        </Tab>
      </>,
    );
    await pass(1);
    expect(late.account.getState().blocked).toBe(true);
    expect(late.windows.rateLimit.until()).toBe(one.windows.rateLimit.until());
    expect(screen.getAllByText('blocked: true, unauthorized: false')).toHaveLength(2);
  });

  it('should let the newer change win: a tab that cleared a flag is not overruled by an older set', async () => {
    const one = createKit();
    const two = createKit();
    render(
      <>
        <Tab kit={one} name="Tab 1" />
        <Tab kit={two} name="Tab 2" />
      </>,
    );
    act(() => one.account.setState({ unauthorized: true }));
    await pass(1);
    expect(two.account.getState().unauthorized).toBe(true);
    await pass(10);
    act(() => two.account.setState({ unauthorized: false }));
    await pass(1);
    expect(one.account.getState().unauthorized).toBe(false);
    // A stale message (set before the clear) arrives late:
    const scope = one.api.fingerprint();
    hub.inject(TAB_CHANNEL_NAME, { v: 2, kind: 'state', scope, from: 'stale', state: { flags: { unauthorized: { on: true, at: Date.now() - 60_000 } } } });
    await pass(1);
    expect(one.account.getState().unauthorized).toBe(false);
    expect(two.account.getState().unauthorized).toBe(false);
  });

  it('should ignore other keys, malformed and hostile messages, and never stretch a window past the cap', async () => {
    const one = createKit();
    render(<Tab kit={one} name="Tab 1" />);
    const scope = one.api.fingerprint();
    const now = Date.now();
    for (const data of [
      null,
      'blocked',
      { v: 1, kind: 'state', scope, from: 'x', state: { flags: { blocked: { on: true, at: now } } } },
      { v: 2, kind: 'state', scope: 'another-key', from: 'x', state: { flags: { blocked: { on: true, at: now } } } },
      { v: 2, kind: 'state', scope, from: '<script>', state: { flags: { blocked: { on: true, at: now } } } },
      { v: 2, kind: 'state', scope, from: 'x', state: { flags: { blocked: { on: 'yes', at: now } }, windows: { rateLimit: { state: 'open', until: 'soon' } } } },
      { v: 2, kind: 'state', scope, from: 'x', state: { flags: { blocked: { on: true, at: now + 3_600_000 } } } },
      { v: 2, kind: 'state', scope, from: 'x', state: { windows: { rateLimit: { state: 'open', until: Number.POSITIVE_INFINITY } } } },
      { v: 1, kind: 'state', scope, from: 'x', state: { cooldownUntil: now + 30_000 } },
    ]) {
      hub.inject(TAB_CHANNEL_NAME, data);
    }
    await pass(1);
    expect(one.account.getState().blocked).toBe(false);
    expect(one.windows.rateLimit.until()).toBe(0);

    hub.inject(TAB_CHANNEL_NAME, { v: 2, kind: 'state', scope, from: 'x', state: { windows: { rateLimit: { state: 'open', until: now + 99_999_999_999 } } } });
    await pass(1);
    expect(one.windows.rateLimit.until()).toBeGreaterThan(0);
    expect(one.windows.rateLimit.until()).toBeLessThanOrEqual(performance.now() + MAX_RATE_LIMIT_WINDOW_MS);
  });

  it('should never put the API key on the channel', async () => {
    const one = createKit();
    const two = createKit();
    render(
      <>
        <Tab kit={one} name="Tab 1" />
        <Tab kit={two} name="Tab 2" />
      </>,
    );
    act(() => {
      one.account.setState({ blocked: true, unauthorized: true, paymentRequired: true });
      one.windows.rateLimit.open(5_000);
    });
    await pass(1);
    expect(two.account.getState().paymentRequired).toBe(true);
    expect(hub.log.length).toBeGreaterThan(2);
    expect(JSON.stringify(hub.log)).not.toMatch(/xm_live|testkey/i);
  });

  it('should open no channel with shareAcrossTabs: false', () => {
    const kit = createKit({ shareAcrossTabs: false });
    render(<Tab kit={kit} name="Tab 1" />);
    expect(hub.open()).toBe(0);
  });

  it('should clear a stray 401 in every tab after one success sent later, in any of them (#21)', async () => {
    let refuse = true;
    net.use(http.get(`${API}/v1/balance`, () => (refuse ? xmodeError('unauthorized', 401) : HttpResponse.json({ xTokens: 8 }))));
    const one = createKit();
    const two = createKit();
    render(
      <>
        <Tab kit={one} name="Tab 1">
          <AccountGate>
            <Balance id="one" />
          </AccountGate>
        </Tab>
        <Tab kit={two} name="Tab 2">
          <Flags />
        </Tab>
      </>,
    );
    await pass(10);
    expect(one.account.getState().unauthorized).toBe(true);
    expect(two.account.getState().unauthorized).toBe(true);

    // The key works again: tab 2's next request proves it, for both.
    refuse = false;
    await act(() => two.api.get('/v1/balance'));
    await pass(10);
    expect(two.account.getState().unauthorized).toBe(false);
    expect(one.account.getState().unauthorized).toBe(false);
    // Tab 1's gated read, which the 401 had failed, is asked again and shows.
    expect(await screen.findByText('Balance one: 8')).toBeInTheDocument();
  });

  it("should not re-lock a tab that reloads and gets its own 200 with another tab's older 401, and clear that tab too (#21)", async () => {
    net.use(http.get(`${API}/v1/balance`, () => HttpResponse.json({ xTokens: 8 })));
    const one = createKit();
    const first = render(<Tab kit={one} name="Tab 1" />);
    act(() => one.account.setState({ unauthorized: true }));
    await pass(1_000);
    // Tab 2 (re)loads: it asks the others what they know and reads the balance itself.
    const reloaded = createKit();
    first.rerender(
      <>
        <Tab kit={one} name="Tab 1" />
        <Tab kit={reloaded} name="Tab 2">
          <Balance id="two" />
        </Tab>
      </>,
    );
    expect(await screen.findByText('Balance two: 8')).toBeInTheDocument();
    await pass(10);
    expect(reloaded.account.getState().unauthorized).toBe(false);
    expect(one.account.getState().unauthorized).toBe(false);
  });

  it("should answer another tab's older 401 with its own newer success instead of locking (#21)", async () => {
    net.use(http.get(`${API}/v1/balance`, () => HttpResponse.json({ xTokens: 8 })));
    const before = Date.now();
    await pass(1_000);
    const two = createKit();
    render(
      <Tab kit={two} name="Tab 2">
        <Balance id="two" />
      </Tab>,
    );
    expect(await screen.findByText('Balance two: 8')).toBeInTheDocument();
    // A tab that was away says what it learned before this tab's request was sent.
    const scope = two.api.fingerprint();
    hub.inject(TAB_CHANNEL_NAME, { v: 2, kind: 'state', scope, from: 'away', state: { flags: { unauthorized: { on: true, at: before } } } });
    await pass(1);
    expect(two.account.getState().unauthorized).toBe(false);
    const answer = hub.log.at(-1) as { state: { flags: { unauthorized: { on: boolean; at: number } } } };
    expect(answer.state.flags.unauthorized.on).toBe(false);
    expect(answer.state.flags.unauthorized.at).toBeGreaterThan(before);
  });

  it("should let a paid send in one tab use up another tab's equal kept request (#21)", async () => {
    net.use(http.post(`${API}/v1/generations`, () => HttpResponse.json({ id: 'gen_1' }, { status: 201 })));
    const one = createKit();
    const two = createKit();
    render(
      <>
        <Tab kit={one} name="Tab 1" />
        <Tab kit={two} name="Tab 2" />
      </>,
    );
    const request = { mutationKey: ['generations', 'create'], variables: { prompt: 'A fox', imageCount: 1 } };
    act(() => one.queryClient.xmode.kept.keep({ ...request, submittedAt: Date.now() - 1_000, id: requestDigest(request.mutationKey, request.variables) }));
    act(() => two.queryClient.xmode.kept.keep({ ...request, submittedAt: Date.now() - 1_000, id: requestDigest(request.mutationKey, { ...request.variables, prompt: 'A wolf' }) }));
    // Tab 3's form sends the same request (the key and the variables; order of keys aside).
    const three = createKit();
    render(<Tab kit={three} name="Tab 3" />);
    await pass(1);
    await act(() =>
      three.queryClient
        .getMutationCache()
        .build(three.queryClient, { mutationKey: request.mutationKey, mutationFn: () => three.api.post('/v1/generations', {}), meta: { xmode: { paid: true } } })
        .execute({ imageCount: 1, prompt: 'A fox' }),
    );
    await pass(1);
    expect(one.queryClient.xmode.kept.get()).toBeUndefined();
    expect(two.queryClient.xmode.kept.get()?.id).toBeDefined();
    expect(JSON.stringify(hub.log)).not.toContain('A fox');
  });
});

