import { useMutation, useQuery } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { TopUpBanner } from '../../../src/components';
import { expectNoAxeViolations } from '../axe';
import { API, createKit, listenCountingServer, xmodeError } from '../xmodeTestKit';
import { renderInProvider } from './componentKit';

const net = listenCountingServer();

const TITLE = 'Your xTokens balance is too low for this request';

describe('TopUpBanner', () => {
  it('should show nothing while the balance is enough', () => {
    const kit = createKit();
    const { container } = renderInProvider(<TopUpBanner />, kit, { topUpHref: '/billing' });
    expect(container).toBeEmptyDOMElement();
  });

  it('should show one alert with a Top up link when several paid requests fail with 402', async () => {
    net.use(http.get(`${API}/v1/balance/:n`, () => xmodeError('payment_required', 402)));
    const kit = createKit();
    function Page() {
      for (const n of [1, 2, 3]) {
        // eslint-disable-next-line react-hooks/rules-of-hooks -- a fixed-length loop: same hooks every render
        useQuery({ queryKey: ['cost', n], queryFn: () => kit.api.get(`/v1/balance/${n}`) });
      }
      return <TopUpBanner balance={1250} />;
    }
    const { container } = renderInProvider(<Page />, kit, { topUpHref: '/billing' });

    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(net.count('GET /v1/balance/3')).toBe(1));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    await waitFor(() => expect(alert).toHaveTextContent(TITLE));
    // The balance is a detail that may load later: shown, but outside the alert so it is never said twice.
    expect(screen.getByText('Balance: 1,250 xTokens')).toBeVisible();
    expect(alert).not.toHaveTextContent('Balance');
    expect(screen.getAllByRole('link', { name: 'Top up' })).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Top up' })).toHaveAttribute('href', '/billing');
    await expectNoAxeViolations(container);
  });

  it("should link to the topUpHref prop over the provider's and report the click", async () => {
    const user = userEvent.setup();
    const kit = createKit();
    kit.account.setState({ paymentRequired: true });
    const onTopUpClick = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    renderInProvider(<TopUpBanner topUpHref="/settings/billing" onTopUpClick={onTopUpClick} />, kit, { topUpHref: '/billing' });

    const link = screen.getByRole('link', { name: 'Top up' });
    expect(link).toHaveAttribute('href', '/settings/billing');
    await user.click(link);
    expect(onTopUpClick).toHaveBeenCalledTimes(1);
  });

  it('should say to top up in words when no billing route is configured', () => {
    const kit = createKit();
    kit.account.setState({ paymentRequired: true });
    renderInProvider(<TopUpBanner />, kit);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('Top up your balance to continue.')).toBeInTheDocument();
  });

  it('should stay dismissed while payment is still required, also after a remount, and re-arm after it clears', async () => {
    const user = userEvent.setup();
    const kit = createKit();
    kit.account.setState({ paymentRequired: true });
    const view = renderInProvider(<TopUpBanner key="a" />, kit, { topUpHref: '/billing' });

    await user.click(screen.getByRole('button', { name: 'Dismiss the low balance message' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    // Another page renders its own banner: the dismissal holds for the session.
    view.rerender(<TopUpBanner key="b" />);
    expect(screen.queryByText(TITLE)).not.toBeInTheDocument();

    act(() => kit.account.setState({ paymentRequired: false }));
    act(() => kit.account.setState({ paymentRequired: true }));
    // Set with no request of this tab behind it (as another tab's 402 is): not "for this request" (#25).
    expect(screen.getByRole('alert')).toHaveTextContent(/^Your xTokens balance is too low$/);
  });

  it('should disappear after a paid request succeeds', async () => {
    const user = userEvent.setup();
    net.use(http.post(`${API}/v1/generations`, () => HttpResponse.json({ id: 'gen_1' })));
    const kit = createKit();
    kit.account.setState({ paymentRequired: true });
    function Page() {
      const generate = useMutation({ mutationFn: () => kit.api.post('/v1/generations', {}), meta: { xmode: { paid: true } } });
      return (
        <>
          <TopUpBanner />
          <button type="button" onClick={() => generate.mutate()}>
            Generate
          </button>
        </>
      );
    }
    renderInProvider(<Page />, kit, { topUpHref: '/billing' });
    expect(screen.getByRole('alert')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Generate' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('should never take the link from a response', async () => {
    net.use(
      http.get(`${API}/v1/balance`, () =>
        HttpResponse.json({ error: { code: 'payment_required', message: 'Top up at https://evil.example/pay' }, topUpUrl: 'https://evil.example/pay' }, { status: 402 }),
      ),
    );
    const kit = createKit();
    function Page() {
      useQuery({ queryKey: ['balance'], queryFn: () => kit.api.get('/v1/balance') });
      return <TopUpBanner />;
    }
    renderInProvider(<Page />, kit, { topUpHref: '/billing' });
    await screen.findByRole('alert');
    expect(screen.getByRole('link', { name: 'Top up' })).toHaveAttribute('href', '/billing');
    expect(document.body.innerHTML).not.toContain('evil.example');
  });
});
