import { useQuery } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { AccountGate, useXModeClient } from '../../src';
import { expectNoAxeViolations } from './axe';
import { keepTestTime, pass, testUser } from './testClock';
import { API, createKit, listenCountingServer, renderWithKit, xmodeError } from './xmodeTestKit';

const net = listenCountingServer();
keepTestTime();

const UNAUTHORIZED = 'Your API key is missing or has been revoked';

/** The balance answers 401 while `refused()` says so, then 200. */
function balance(refused: () => boolean, delayMs = 0) {
  net.use(
    http.get(`${API}/v1/balance`, async () => {
      const refuse = refused();
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      return refuse ? xmodeError('unauthorized', 401) : HttpResponse.json({ xTokens: 40 });
    }),
  );
}

function Balance() {
  const xmode = useXModeClient();
  const query = useQuery({ queryKey: ['balance'], queryFn: ({ signal }) => xmode.get<{ xTokens: number }>('/v1/balance', { signal }) });
  return <p>{query.data ? `Balance: ${query.data.xTokens}` : 'No balance'}</p>;
}

describe('unauthorized is a belief that evidence clears (#21)', () => {
  it('should offer "Check again", which sends one request: a refusal says so, a success lifts the gate', async () => {
    let refuse = true;
    balance(() => refuse);
    const kit = createKit();
    const user = testUser();
    const view = renderWithKit(
      <AccountGate apiKeysHref="/api-keys">
        <Balance />
      </AccountGate>,
      kit,
      { toaster: false },
    );
    expect(await screen.findByRole('heading', { name: UNAUTHORIZED })).toHaveFocus();
    await expectNoAxeViolations(view.container);
    net.sent.length = 0;

    await user.click(screen.getByRole('button', { name: 'Check again' }));
    await waitFor(() => expect(screen.getByText("Your key still isn't accepted.")).toBeInTheDocument());
    expect(net.count('GET /v1/balance')).toBe(1);
    expect(screen.getByRole('heading', { name: UNAUTHORIZED })).toBeInTheDocument();

    // The key works again (a proxy session came back): one request proves it.
    refuse = false;
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: UNAUTHORIZED })).not.toBeInTheDocument());
    expect(kit.account.getState().unauthorized).toBe(false);
    // The content that failed for the key asked again, once.
    expect(await screen.findByText('Balance: 40')).toBeVisible();
    expect(net.count('GET /v1/balance')).toBe(3);
  });

  it('should say "Checking your key…" while the check is out, and send one request however often it is pressed', async () => {
    balance(() => true, 1_000);
    const kit = createKit();
    kit.account.setState({ unauthorized: true });
    const user = testUser();
    renderWithKit(<AccountGate />, kit, { toaster: false });
    const check = screen.getByRole('button', { name: 'Check again' });
    await user.click(check);
    expect(screen.getByText('Checking your key…')).toBeInTheDocument();
    expect(check).toHaveAttribute('aria-disabled', 'true');
    await user.click(check);
    await pass(1_000);
    expect(net.count('GET /v1/balance')).toBe(1);
    expect(screen.getByText("Your key still isn't accepted.")).toBeInTheDocument();
  });

  it('should be cleared by any later success of the client, and not by one sent before the 401', async () => {
    const kit = createKit();
    // A request sent now, answered later: older than the 401 that comes meanwhile.
    net.use(http.get(`${API}/v1/end-users`, async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      return HttpResponse.json({ data: [] });
    }));
    const early = kit.api.get('/v1/end-users');
    await pass(100);
    act(() => kit.account.setState({ unauthorized: true }));
    await pass(500);
    await early;
    expect(kit.account.getState().unauthorized).toBe(true);

    balance(() => false);
    await act(() => kit.api.get('/v1/balance'));
    expect(kit.account.getState().unauthorized).toBe(false);
  });
});
