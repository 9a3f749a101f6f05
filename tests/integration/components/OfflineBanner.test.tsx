import { onlineManager, useQuery } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { OfflineBanner } from '../../../src/components';
import { expectNoAxeViolations } from '../axe';
import { API, createKit, listenCountingServer } from '../xmodeTestKit';
import { renderInProvider, spokenText } from './componentKit';

const net = listenCountingServer();
afterEach(() => {
  onlineManager.setOnline(true);
});

describe('OfflineBanner', () => {
  it('should keep an empty live region while online', () => {
    renderInProvider(<OfflineBanner />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('should appear when a request gets no response, and Try again refetches, clears it and hands focus to the heading below', async () => {
    const user = userEvent.setup();
    net.use(http.get(`${API}/v1/balance`, () => HttpResponse.error()));
    const kit = createKit();
    function Page() {
      const balance = useQuery({ queryKey: ['balance'], queryFn: () => kit.api.get<{ xTokens: number }>('/v1/balance'), retry: false });
      return (
        <>
          <OfflineBanner />
          <h1>Balance</h1>
          <p>{balance.data ? `Balance ${balance.data.xTokens}` : 'No balance'}</p>
        </>
      );
    }
    const { container } = renderInProvider(<Page />, kit);

    const status = screen.getByRole('status');
    // The browser is online, only the API did not answer: not "You're offline".
    expect(await screen.findByText("We can't reach the xMode API")).toBeInTheDocument();
    expect(screen.queryByText("You're offline")).not.toBeInTheDocument();
    // Said once nothing else on screen shows the failed request (the voice is decided after it rendered).
    await waitFor(() => expect(status).toHaveTextContent("the xMode API isn't answering"));
    await expectNoAxeViolations(container);

    net.use(http.get(`${API}/v1/balance`, () => HttpResponse.json({ xTokens: 40 })));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Balance 40')).toBeInTheDocument();
    expect(screen.queryByText("We can't reach the xMode API")).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    // The pressed button went with the banner: focus is on the heading of what it reloaded, not <body> (#21).
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Balance' })).toHaveFocus());
    expect(spokenText(status)).toBe('Back online');
    expect(net.count('GET /v1/balance')).toBe(2);
  });

  it("should follow the browser's connection", () => {
    renderInProvider(<OfflineBanner className="page-banner" />, createKit());
    act(() => onlineManager.setOnline(false));
    expect(screen.getByRole('status')).toHaveTextContent("You're offline");
    expect(screen.getByRole('status').closest('.xm-banner')).toHaveClass('page-banner');
    act(() => onlineManager.setOnline(true));
    expect(screen.queryByText("You're offline")).not.toBeInTheDocument();
  });
});
