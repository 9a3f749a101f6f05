import { useQuery } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { XModeError } from '../../../src';
import { ServerErrorState } from '../../../src/components';
import { xmodeErrorResponse } from '../../../src/testing';
import { expectNoAxeViolations } from '../axe';
import { API, createKit, listenCountingServer } from '../xmodeTestKit';
import { renderInProvider } from './componentKit';

const net = listenCountingServer();

describe('ServerErrorState', () => {
  it('should show what happened, when, the request id with a copy button, support and Retry', async () => {
    const user = userEvent.setup();
    net.use(
      http.get(`${API}/v1/balance`, () => xmodeErrorResponse('internal_error', { message: 'Database unavailable', requestId: 'req_8f2a' })),
    );
    const kit = createKit();
    const onRetry = vi.fn();
    function Balance() {
      const query = useQuery({ queryKey: ['balance'], queryFn: () => kit.api.get('/v1/balance'), retry: false, meta: { xmode: { shownIn: 'page' } } });
      return query.isError ? <ServerErrorState error={query.error} onRetry={onRetry} /> : <p>Loading</p>;
    }
    const { container } = renderInProvider(<Balance />, kit, { supportUrl: 'mailto:support@xmode.example' });

    const alert = await screen.findByRole('alert');
    // The alert exists before its text (one announcement, also where inserted regions are ignored).
    await waitFor(() => expect(alert).toHaveTextContent('Something went wrong on our side'));
    expect(alert).toHaveTextContent('contact support with the request ID');
    expect(alert).toHaveTextContent('Details from xMode: Database unavailable');
    expect(screen.getByRole('heading', { level: 2, name: 'Something went wrong on our side' })).toBeInTheDocument();

    const time = container.querySelector('time');
    expect(time).not.toBeNull();
    const at = Date.parse(time!.getAttribute('dateTime') ?? '');
    expect(Math.abs(Date.now() - at)).toBeLessThan(60_000);
    expect(time).toHaveTextContent(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' }).format(at));
    expect(screen.getByText(/^Happened at/)).toContainElement(time);

    expect(screen.getByText('Request ID: req_8f2a')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy request ID' }));
    await expect(navigator.clipboard.readText()).resolves.toBe('req_8f2a');
    expect(await screen.findByText('Request ID copied')).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', 'mailto:support@xmode.example');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('should leave out the request id line, support link and Retry when there are none', () => {
    renderInProvider(<ServerErrorState error={new XModeError({ code: 'unexpected_response', status: 502, message: '<html>Bad gateway</html>' })} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'We got an unexpected response' })).toBeInTheDocument();
    expect(screen.getByText('Details from xMode: <html>Bad gateway</html>')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('should offer no Retry for an error that retrying cannot fix', () => {
    renderInProvider(<ServerErrorState error={new XModeError({ code: 'forbidden', status: 403 })} onRetry={() => undefined} supportUrl="/help" />);
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', '/help');
  });

  it('should render nothing for no error or an aborted request', () => {
    const view = renderInProvider(<ServerErrorState error={null} />);
    expect(view.container).toBeEmptyDOMElement();
    view.rerender(<ServerErrorState error={new DOMException('aborted', 'AbortError')} />);
    expect(view.container).toBeEmptyDOMElement();
  });
});
