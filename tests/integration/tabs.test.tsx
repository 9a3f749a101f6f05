import { useQuery } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useState, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TopUpBanner, XModeErrorProvider, createCircuit, createXModeClient, createXModeQueryClient, useAccountState, useXModeClient } from '../../src';
import { MAX_COOLDOWN_MS } from '../../src/core/cooldown';
import { TAB_CHANNEL_NAME, setTabPortFactory } from '../../src/core/tabChannel';
import { createTabHub } from './tabHub';
import { API, createKit, listenCountingServer, xmodeError } from './xmodeTestKit';

const net = listenCountingServer();
let hub: ReturnType<typeof createTabHub>;
beforeEach(() => {
  hub = createTabHub();
  setTabPortFactory(hub.factory);
});
afterEach(() => {
  setTabPortFactory(() => undefined);
});

type Kit = Pick<ReturnType<typeof createKit>, 'queryClient'>;

/** One "tab": its own API client, query client and provider, on the shared channel. */
function Tab({ kit, name, children }: { kit: Kit; name: string; children?: ReactNode }) {
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

function Flags() {
  const blocked = useAccountState((state) => state.blocked);
  const unauthorized = useAccountState((state) => state.unauthorized);
  return <p>{`blocked: ${blocked}, unauthorized: ${unauthorized}`}</p>;
}

describe('tabs of one origin and one API key', () => {
  it("should hold another tab's requests for this tab's 429 window, then send each once", async () => {
    // The server limits for a little less than the 3 s it asks (timers may fire a few ms early).
    let limitedUntil = 0;
    net.use(
      http.get(`${API}/v1/balance`, () => {
        if (limitedUntil === 0) limitedUntil = Date.now() + 2_900;
        return Date.now() < limitedUntil ? xmodeError('rate_limited', 429, { 'retry-after': '3' }) : HttpResponse.json({ xTokens: 8 });
      }),
    );
    const one = createKit();
    const two = createKit();
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
    await waitFor(() => expect(two.cooldown.until()).toBeGreaterThan(Date.now()));
    expect(Math.abs(two.cooldown.until() - one.cooldown.until())).toBeLessThan(50);
    expect(net.count('GET /v1/balance')).toBe(1);

    act(() => screen.getByRole('button', { name: 'Load b' }).click());
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Tab 2 mounted its query inside the window: nothing sent yet.
    expect(net.count('GET /v1/balance')).toBe(1);
    await screen.findByText('Balance b: 8', undefined, { timeout: 6000 });
    await screen.findByText('Balance a: 8', undefined, { timeout: 6000 });
    expect(net.count('GET /v1/balance')).toBe(3);
  });

  it("should hold another tab's requests behind this tab's outage, and release them when this tab sees the API answer", async () => {
    let down = true;
    net.use(http.get(`${API}/v1/balance`, () => (down ? xmodeError('provider_timeout', 500) : HttpResponse.json({ xTokens: 6 }))));
    // Windows long enough to watch: 2 s, no jitter.
    const slowCircuit = () => createCircuit({ baseMs: 2_000, maxMs: 2_000, random: () => 0.5 });
    const tab = () => {
      const api = createXModeClient({ baseUrl: API, apiKey: 'xm_live_testkey000000', circuit: slowCircuit() });
      const queryClient = createXModeQueryClient({ api, queryClientConfig: { defaultOptions: { queries: { retry: false } } } });
      return { api, queryClient, cooldown: api.cooldown, circuit: api.circuit, store: queryClient.xmode.store };
    };
    const one = tab();
    const two = tab();
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
    await screen.findByText('Failed a');
    await waitFor(() => expect(two.circuit.state()).toBe('open'));
    expect(Math.abs(two.circuit.until() - one.circuit.until())).toBeLessThan(50);

    act(() => screen.getByRole('button', { name: 'Load b' }).click());
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(net.count('GET /v1/balance')).toBe(1);

    // Tab 1 hears from the API again (its probe, a user's Retry): tab 2's request goes at once.
    down = false;
    act(() => one.circuit.clear());
    await screen.findByText('Balance b: 6', undefined, { timeout: 1_000 });
    expect(net.count('GET /v1/balance')).toBe(2);
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
    expect(await screen.findByRole('alert')).toHaveTextContent('Your xTokens balance is too low');
    act(() => one.account.setState({ paymentRequired: false }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
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
      one.cooldown.start(30_000);
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
    await waitFor(() => expect(late.account.getState().blocked).toBe(true));
    expect(late.cooldown.until()).toBeGreaterThan(Date.now() + 25_000);
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
    await waitFor(() => expect(two.account.getState().unauthorized).toBe(true));
    act(() => two.account.setState({ unauthorized: false }));
    await waitFor(() => expect(one.account.getState().unauthorized).toBe(false));
    // A stale message (set before the clear) arrives late:
    const scope = one.api.fingerprint();
    hub.inject(TAB_CHANNEL_NAME, { v: 1, kind: 'state', scope, from: 'stale', state: { flags: { unauthorized: { on: true, at: Date.now() - 60_000 } } } });
    await new Promise((resolve) => setTimeout(resolve, 20));
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
      { v: 2, kind: 'state', scope, from: 'x', state: { flags: { blocked: { on: true, at: now } } } },
      { v: 1, kind: 'state', scope: 'another-key', from: 'x', state: { flags: { blocked: { on: true, at: now } } } },
      { v: 1, kind: 'state', scope, from: '<script>', state: { flags: { blocked: { on: true, at: now } } } },
      { v: 1, kind: 'state', scope, from: 'x', state: { flags: { blocked: { on: 'yes', at: now } }, cooldownUntil: 'soon' } },
      { v: 1, kind: 'state', scope, from: 'x', state: { flags: { blocked: { on: true, at: now + 3_600_000 } } } },
      { v: 1, kind: 'state', scope, from: 'x', state: { cooldownUntil: Number.POSITIVE_INFINITY } },
    ]) {
      hub.inject(TAB_CHANNEL_NAME, data);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(one.account.getState().blocked).toBe(false);
    expect(one.cooldown.until()).toBe(0);

    hub.inject(TAB_CHANNEL_NAME, { v: 1, kind: 'state', scope, from: 'x', state: { cooldownUntil: now + 99_999_999_999 } });
    await waitFor(() => expect(one.cooldown.until()).toBeGreaterThan(0));
    expect(one.cooldown.until()).toBeLessThanOrEqual(Date.now() + MAX_COOLDOWN_MS);
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
      one.cooldown.start(5_000);
    });
    await waitFor(() => expect(two.account.getState().paymentRequired).toBe(true));
    expect(hub.log.length).toBeGreaterThan(2);
    expect(JSON.stringify(hub.log)).not.toMatch(/xm_live|testkey/i);
  });

  it('should open no channel with shareAcrossTabs: false', () => {
    const kit = createKit({ shareAcrossTabs: false });
    render(<Tab kit={kit} name="Tab 1" />);
    expect(hub.open()).toBe(0);
  });
});
