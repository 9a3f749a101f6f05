import { useQuery } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { XModeError } from '../../../src';
import { RetryingStatus } from '../../../src/components';
import { expectNoAxeViolations } from '../axe';
import { pass, testUser } from '../testClock';
import { createKit, sequence, listenCountingServer, xmodeError } from '../xmodeTestKit';
import { renderInProvider, spokenText } from './componentKit';

const net = listenCountingServer();
afterEach(() => {
  vi.useRealTimers();
});

const timeout = new XModeError({ code: 'provider_timeout', status: 500 });
const PROVIDER_TROUBLE = 'The image provider is having trouble. Trying again…';

describe('RetryingStatus', () => {
  it('should say the provider outage while the API client waits it out for a request in flight', async () => {
    const kit = createKit();
    const { container } = renderInProvider(<RetryingStatus pending onRetry={() => undefined} />, kit);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    act(() => kit.windows.provider.open(60_000));
    expect(screen.getByRole('status')).toHaveTextContent(PROVIDER_TROUBLE);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
    act(() => kit.windows.provider.close());
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it("should say nothing for a window the request doesn't wait in, or with no request in flight", () => {
    const kit = createKit();
    const view = renderInProvider(<RetryingStatus pending={false} />, kit);
    act(() => kit.windows.provider.open(60_000));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    view.rerender(<RetryingStatus pending window="outage" />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    act(() => kit.windows.outage.open(60_000));
    expect(screen.getByRole('status')).toHaveTextContent('Retrying…');
    act(() => {
      kit.windows.provider.close();
      kit.windows.outage.close();
    });
  });

  it('should end in a final state with a Retry button, given the final error', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { container } = renderInProvider(<RetryingStatus error={timeout} onRetry={onRetry} />);
    expect(screen.getByRole('status')).toHaveTextContent('The image provider is taking too long');
    expect(screen.getByRole('status')).not.toHaveTextContent('Trying again');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('should name its Retry button as told, and stay empty with nothing failed', () => {
    const view = renderInProvider(<RetryingStatus error={timeout} retryLabel="Retry generation 3" onRetry={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Retry generation 3' })).toBeInTheDocument();
    view.rerender(<RetryingStatus error={null} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it("should follow a query through the client's waits to the final state, and recover with Retry", async () => {
    vi.useFakeTimers();
    const user = testUser();
    net.use(sequence('/v1/generations/g1', 4, () => xmodeError('provider_timeout', 500), () => HttpResponse.json({ status: 'succeeded' })));
    const kit = createKit();
    function Generation() {
      const query = useQuery({
        queryKey: ['generation'],
        queryFn: ({ signal }) => kit.api.get<{ status: string }>('/v1/generations/g1', { signal }),
        meta: { xmode: { shownIn: 'page' } },
      });
      if (query.data) return <p>Generation {query.data.status}</p>;
      return <RetryingStatus pending={query.isFetching} error={query.error} onRetry={() => void query.refetch()} />;
    }
    renderInProvider(<Generation />, kit);

    const status = screen.getByRole('status');
    await pass(0);
    expect(net.count('GET /v1/generations/g1')).toBe(1);
    expect(spokenText(status)).toBe(PROVIDER_TROUBLE);
    // The client sends it again after the provider's window (about 200 ms at first): not announced anew.
    await pass(300);
    expect(net.count('GET /v1/generations/g1')).toBe(2);
    expect(spokenText(status)).toBe(PROVIDER_TROUBLE);

    // The catalog's 3 resends used up: the final state, with Retry.
    await pass(30_000);
    expect(net.count('GET /v1/generations/g1')).toBe(4);
    const retry = screen.getByRole('button', { name: 'Retry' });
    expect(status).toHaveTextContent('The image provider is taking too long');
    expect(status).not.toHaveTextContent('Trying again');
    await user.click(retry);
    await pass(30_000);
    expect(screen.getByText('Generation succeeded')).toBeInTheDocument();
    expect(net.count('GET /v1/generations/g1')).toBe(5);
  });
});
