import { useQuery } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { AccountGate } from '../../../src/components';
import { expectNoAxeViolations } from '../axe';
import { API, createKit, listenCountingServer, xmodeError } from '../xmodeTestKit';
import { renderInProvider } from './componentKit';

const net = listenCountingServer();

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

  it('should replace the features with the blocked screen after an account_blocked response', async () => {
    net.use(http.get(`${API}/v1/generations`, () => xmodeError('account_blocked', 401)));
    const kit = createKit();
    function Generations() {
      const query = useQuery({ queryKey: ['generations'], queryFn: () => kit.api.get('/v1/generations') });
      return <p>{query.isPending ? 'Loading generations' : 'Generations'}</p>;
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
    expect(screen.queryByText(/generations/i)).not.toBeInTheDocument();
    expect(document.title).toBe('Error: Dashboard');
    expect(screen.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', 'mailto:support@xmode.example');
    await expectNoAxeViolations(container);

    act(() => kit.account.setState({ blocked: false }));
    expect(screen.getByText(/generations/i)).toBeInTheDocument();
    expect(document.title).toBe('Dashboard');
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
