import { useQuery } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { keepTestTime, pass, testUser } from '../testClock';
import { AccountGate } from '../../../src/components';
import { expectNoAxeViolations } from '../axe';
import { API, createKit, listenCountingServer, xmodeError } from '../xmodeTestKit';
import { renderInProvider } from './componentKit';

const net = listenCountingServer();
keepTestTime();

const BLOCKED = 'Your xMode account has been blocked';
const UNAUTHORIZED = 'Your API key is missing or has been revoked';

function Gated() {
  return <AccountGate apiKeysHref="/api-keys" settingsHref="/settings" keyLast4="9876"><p>Generations</p></AccountGate>;
}

describe('AccountGate', () => {
  it('should render its children while the account is in good standing', () => {
    renderInProvider(<Gated />);
    expect(screen.getByText('Generations')).toBeInTheDocument();
  });

  it('should stand the blocked screen in place of the features after an account_blocked response, and bring them back when it clears', async () => {
    let blocked = true;
    net.use(http.get(`${API}/v1/generations`, () => (blocked ? xmodeError('account_blocked', 401) : HttpResponse.json({ data: [] }))));
    const kit = createKit();
    function Generations() {
      const query = useQuery({ queryKey: ['generations'], queryFn: () => kit.api.get('/v1/generations') });
      return <p>{query.isPending ? 'Loading generations' : query.isSuccess ? 'Generations' : 'Failed'}</p>;
    }
    document.title = 'Dashboard';
    const { container } = renderInProvider(
      <AccountGate settingsHref="/settings">
        <Generations />
      </AccountGate>,
      kit,
      { supportUrl: 'mailto:support@xmode.example' },
    );

    const heading = await screen.findByRole('heading', { name: BLOCKED });
    expect(heading).toHaveFocus();
    // Kept (it was on screen), but hidden and inert: out of sight, out of the tab order.
    const features = screen.getByText('Failed');
    expect(features).not.toBeVisible();
    expect(features.closest('[hidden]')).toHaveAttribute('inert');
    expect(document.title).toBe('Error: Dashboard');
    expect(screen.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', 'mailto:support@xmode.example');
    await expectNoAxeViolations(container);

    // Support resolved it: the features show again and ask again for what failed.
    blocked = false;
    act(() => kit.account.setState({ blocked: false }));
    expect(await screen.findByText('Generations')).toBeVisible();
    expect(screen.getByText('Generations').closest('[inert]')).toBeNull();
    expect(document.title).toBe('Dashboard');
    expect(net.count('GET /v1/generations')).toBe(2);
  });

  it('should keep what the user typed through a 401 and bring it back, typed text included, when the gate lifts (#21)', async () => {
    const kit = createKit();
    const user = testUser();
    renderInProvider(
      <>
        <h1>New generation</h1>
        <AccountGate apiKeysHref="/api-keys">
          <label>
            Prompt <textarea />
          </label>
        </AccountGate>
      </>,
      kit,
    );
    await user.type(screen.getByRole('textbox', { name: 'Prompt' }), 'A prompt that took minutes to write');
    act(() => kit.account.setState({ unauthorized: true }));
    expect(screen.getByRole('heading', { name: UNAUTHORIZED })).toHaveFocus();
    expect(screen.queryByRole('textbox', { name: 'Prompt' })).not.toBeInTheDocument();

    act(() => kit.account.setState({ unauthorized: false }));
    await pass();
    expect(screen.getByRole('textbox', { name: 'Prompt' })).toHaveValue('A prompt that took minutes to write');
    // Focus was on the screen that went: it moves to the heading of what took its place.
    expect(screen.getByRole('heading', { name: 'New generation' })).toHaveFocus();
  });

  it('should mount no feature while the gate is closed that was never shown: it would send what the account cannot', async () => {
    net.use(http.get(`${API}/v1/generations`, () => HttpResponse.json({ data: [] })));
    const kit = createKit();
    kit.account.setState({ blocked: true });
    function Generations() {
      useQuery({ queryKey: ['generations'], queryFn: () => kit.api.get('/v1/generations') });
      return <p>Generations</p>;
    }
    renderInProvider(
      <AccountGate>
        <Generations />
      </AccountGate>,
      kit,
    );
    await pass(100);
    expect(screen.queryByText('Generations')).not.toBeInTheDocument();
    expect(net.count('GET /v1/generations')).toBe(0);
    act(() => kit.account.setState({ blocked: false }));
    expect(await screen.findByText('Generations')).toBeVisible();
  });

  it('should show the unauthorized state for a missing key and never the key itself', async () => {
    net.use(http.get(`${API}/v1/generations`, () => new HttpResponse(null, { status: 401 })));
    const kit = createKit();
    function Generations() {
      useQuery({ queryKey: ['generations'], queryFn: () => kit.api.get('/v1/generations') });
      return <p>Generations</p>;
    }
    renderInProvider(
      <AccountGate apiKeysHref="/api-keys" keyLast4="0000">
        <Generations />
      </AccountGate>,
      kit,
    );
    expect(await screen.findByRole('heading', { name: UNAUTHORIZED })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Go to API keys' })).toHaveAttribute('href', '/api-keys');
    expect(screen.getByText('Key ending in 0000')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('testkey');
  });

  it('should show the blocked screen when the account is both blocked and unauthorized', () => {
    const kit = createKit();
    kit.account.setState({ blocked: true, unauthorized: true });
    renderInProvider(<Gated />, kit);
    expect(screen.getByRole('heading', { name: BLOCKED })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: UNAUTHORIZED })).not.toBeInTheDocument();
  });

  it('should switch from unauthorized to the children once a new key is saved', () => {
    const kit = createKit();
    kit.account.setState({ unauthorized: true });
    renderInProvider(<Gated />, kit);
    expect(screen.getByRole('heading', { name: UNAUTHORIZED })).toBeInTheDocument();
    act(() => kit.account.setState({ unauthorized: false }));
    expect(screen.getByText('Generations')).toBeInTheDocument();
  });
});
