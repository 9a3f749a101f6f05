import { useQuery } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { XModeError } from '../../../src';
import { RetryingStatus } from '../../../src/components';
import { expectNoAxeViolations } from '../axe';
import { createKit, sequence, listenCountingServer, xmodeError } from '../xmodeTestKit';
import { renderInProvider } from './componentKit';

const net = listenCountingServer();

const timeout = new XModeError({ code: 'provider_timeout', status: 500 });

describe('RetryingStatus', () => {
  it.each([
    [timeout, 1, 'The image provider is slow, retrying (1/3)…'],
    [timeout, 2, 'The image provider is slow, retrying (2/3)…'],
    [new XModeError({ code: 'provider_error', status: 500 }), 3, 'The image provider had a problem, retrying (3/3)…'],
  ])('should say %s is retrying, attempt %i of the catalog maximum', async (error, failureCount, text) => {
    const { container } = renderInProvider(<RetryingStatus error={error} failureCount={failureCount} onRetry={() => undefined} />);
    expect(screen.getByRole('status')).toHaveTextContent(text);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('should end in a final state with a Retry button after the last retry', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { container } = renderInProvider(<RetryingStatus error={timeout} failureCount={4} onRetry={onRetry} />);
    expect(screen.getByRole('status')).toHaveTextContent('The image provider is taking too long');
    expect(screen.getByRole('status')).not.toHaveTextContent('retrying');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('should follow `final` from the host, and stay empty with nothing failed', () => {
    const view = renderInProvider(<RetryingStatus error={timeout} failureCount={1} final retryLabel="Retry generation 3" onRetry={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Retry generation 3' })).toBeInTheDocument();
    view.rerender(<RetryingStatus error={null} failureCount={0} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it("should follow a query's retries to the final state, and recover with Retry", async () => {
    const user = userEvent.setup();
    net.use(sequence('/v1/generations/g1', 4, () => xmodeError('provider_timeout', 500), () => HttpResponse.json({ status: 'succeeded' })));
    const kit = createKit();
    function Generation() {
      const query = useQuery({
        queryKey: ['generation'],
        queryFn: () => kit.api.get<{ status: string }>('/v1/generations/g1'),
        retryDelay: 150,
        meta: { xmode: { toast: false } },
      });
      if (query.data) return <p>Generation {query.data.status}</p>;
      return (
        <RetryingStatus
          error={query.failureReason}
          failureCount={query.failureCount}
          final={query.isError}
          onRetry={() => void query.refetch()}
        />
      );
    }
    renderInProvider(<Generation />, kit);

    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('The image provider is slow, retrying (1/3)…'));
    // The attempt number changes without being announced each time.
    expect(within(status).getByText('1')).toHaveAttribute('aria-live', 'off');
    await waitFor(() => expect(status).toHaveTextContent('The image provider is slow, retrying (3/3)…'));
    const retry = await screen.findByRole('button', { name: 'Retry' });
    // The end adds only what is new: the title, said with the start, is shown outside the region.
    expect(screen.getByText('The image provider is taking too long')).toBeVisible();
    expect(status).toHaveTextContent('This is usually temporary.');
    expect(status).not.toHaveTextContent('taking too long');
    await user.click(retry);
    expect(await screen.findByText('Generation succeeded')).toBeInTheDocument();
    await waitFor(() => expect(net.count('GET /v1/generations/g1')).toBe(5));
  });
});

