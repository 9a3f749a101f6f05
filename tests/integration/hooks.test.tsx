import { useQuery } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { XModeError, useErrorState, useWait } from '../../src';
import { RequestIdLine } from '../../src/components/primitives';
import { defaultMessages } from '../../src/react/messages';
import { pass } from './testClock';
import { API, createKit, renderWithKit, listenCountingServer, xmodeError } from './xmodeTestKit';

const net = listenCountingServer();
afterEach(() => {
  vi.useRealTimers();
});

function Countdown({ error }: { error?: XModeError }) {
  const { secondsLeft } = useWait(error);
  return <p>{secondsLeft > 0 ? `wait ${secondsLeft}` : 'go'}</p>;
}

function State({ error }: { error: unknown }) {
  const state = useErrorState(error);
  if (!state) return <p>no error</p>;
  return (
    <p>
      {state.title} / {state.retryable ? 'retryable' : 'final'}
    </p>
  );
}

describe('useWait', () => {
  it("should count the API client's 429 window down once a second and end at go", () => {
    vi.useFakeTimers();
    const kit = createKit();
    renderWithKit(<Countdown />, kit);
    expect(screen.getByText('go')).toBeInTheDocument();
    act(() => kit.windows.rateLimit.open(3000));
    expect(screen.getByText('wait 3')).toBeInTheDocument();
    // Each tick lands just after a whole second of the wait has passed.
    act(() => vi.advanceTimersByTime(999));
    expect(screen.getByText('wait 3')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(2));
    expect(screen.getByText('wait 2')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByText('wait 1')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByText('go')).toBeInTheDocument();
  });

  it("should count an error's own Retry-After when it did not open this client's window", () => {
    const kit = createKit();
    renderWithKit(<Countdown error={new XModeError({ code: 'rate_limited', status: 429, retryAfterMs: 5000 })} />, kit);
    expect(screen.getByText('wait 5')).toBeInTheDocument();
  });
});

describe('useErrorState', () => {
  it.each([
    [new XModeError({ code: 'payment_required', status: 402 }), 'Your xTokens balance is too low for this request / final'],
    [new XModeError({ code: 'provider_timeout', status: 500 }), 'The image provider is taking too long / retryable'],
    // jsdom's browser is online: only the API is out of reach.
    [new TypeError('Failed to fetch'), "We can't reach the xMode API / retryable"],
    [null, 'no error'],
  ])('should describe %s', (error, text) => {
    renderWithKit(<State error={error} />, createKit());
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('should show nothing for an aborted request', () => {
    renderWithKit(<State error={new DOMException('aborted', 'AbortError')} />, createKit());
    expect(screen.getByText('no error')).toBeInTheDocument();
  });
});

describe('messages', () => {
  it('should let the host override the copy of a toast and a state', async () => {
    vi.useFakeTimers();
    net.use(http.get(`${API}/v1/balance`, () => xmodeError('provider_error', 500)));
    const kit = createKit();
    function Failing() {
      // Nothing on this page shows the query: a failure is the toast's.
      useQuery({ queryKey: ['m'], queryFn: () => kit.api.get('/v1/balance'), meta: { xmode: { shownIn: 'background' } } });
      return <State error={new XModeError({ code: 'forbidden', status: 403 })} />;
    }
    renderWithKit(<Failing />, kit, {
      messages: { errors: { provider_error: { title: 'Le fournisseur a un problème' }, forbidden: { title: 'Accès refusé' } } },
    });
    // The API client waits out the provider's windows and sends it again (3 times) before it is final.
    await pass(60_000);
    expect(screen.getByText('Le fournisseur a un problème')).toBeInTheDocument();
    expect(screen.getByText('Accès refusé / final')).toBeInTheDocument();
  });

  it('should explain a missing provider', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(() => render(<Countdown />)).toThrow(/inside <XModeErrorProvider>/);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('RequestIdLine', () => {
  it('should say when the request id could not be copied', async () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    try {
      render(<RequestIdLine requestId="req_1" messages={defaultMessages} />);
      screen.getByRole('button', { name: 'Copy request ID' }).click();
      expect(await screen.findByText(/Couldn't copy/)).toBeInTheDocument();
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else Reflect.deleteProperty(navigator, 'clipboard');
    }
  });
});
