import { useMutation } from '@tanstack/react-query';
import { act, fireEvent, screen } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { XModeError } from '../../../src';
import { MAX_COOLDOWN_MS } from '../../../src/core/cooldown';
import { MAX_TIMEOUT_MS } from '../../../src/core/parseRetryAfter';
import { ErrorSummary, RateLimitNotice, SubmitButton } from '../../../src/components';
import { defaultMessages, useServerErrors } from '../../../src/react';
import { createKit } from '../xmodeTestKit';
import { renderInProvider } from './componentKit';

// `Retry-After: 99999999999` parses to the longest timer (about 24.8 days); the cooldown caps it at 10 minutes.
const absurd = () => new XModeError({ code: 'rate_limited', status: 429, retryAfterMs: MAX_TIMEOUT_MS });

/** The cap's deadline as the copy says a time (the default locale's clock). */
const capAsClock = () => defaultMessages.format.clock(Date.now() + MAX_COOLDOWN_MS);

function OneFieldForm({ send, cooldown }: { send: () => Promise<unknown>; cooldown: boolean }) {
  const form = useForm<{ name: string }>({ defaultValues: { name: 'Ana' } });
  const add = useMutation({ mutationFn: send, retry: false, meta: { xmode: { shownIn: 'form' } } });
  const server = useServerErrors(form, add.error, { pending: add.isPending, cooldown });
  return (
    <form aria-label="End user" onSubmit={server.handleSubmit(() => add.mutate())} noValidate>
      <ErrorSummary server={server} />
      <SubmitButton server={server}>Add end user</SubmitButton>
    </form>
  );
}

describe('one 429 deadline for every surface', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("should end RateLimitNotice's count of an absurd Retry-After at the cooldown's cap", () => {
    const error = absurd();
    renderInProvider(<RateLimitNotice error={error} onRetry={() => undefined} />, createKit());
    // A long wait is said as a time: the capped deadline's, not one 24.8 days away.
    expect(screen.getByText(`Try again after ${capAsClock()}`)).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(MAX_COOLDOWN_MS));
    expect(screen.getByRole('status')).toHaveTextContent('You can send requests again.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it.each([true, false])('should unlock SubmitButton (cooldown: %s) at the cap, counting from 600 s', (cooldown) => {
    renderInProvider(<SubmitButton server={{ pending: false, error: absurd(), cooldown }}>Generate images</SubmitButton>, createKit());
    const button = screen.getByRole('button', { name: 'Generate images' });
    expect(button).toHaveAccessibleDescription(`You can send again after ${capAsClock()}`);
    act(() => vi.advanceTimersByTime(MAX_COOLDOWN_MS - 1_000));
    expect(button).toHaveAccessibleDescription('You can send again in 1 s');
    act(() => vi.advanceTimersByTime(1_000));
    expect(button).not.toHaveAttribute('aria-disabled');
  });

  it("should say the cap's time in the form's summary, as the button does", async () => {
    renderInProvider(<OneFieldForm send={() => Promise.reject(absurd())} cooldown />, createKit());
    await act(async () => {
      fireEvent.submit(screen.getByRole('form', { name: 'End user' }));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByRole('alert')).toHaveTextContent(`You can send it again after ${capAsClock()}`);
  });

  it.each([true, false])('should accept a submit again at the cap (cooldown: %s)', async (cooldown) => {
    let sent = 0;
    const send = () => {
      sent += 1;
      return sent === 1 ? Promise.reject(absurd()) : Promise.resolve({});
    };
    renderInProvider(<OneFieldForm send={send} cooldown={cooldown} />, createKit());
    const form = screen.getByRole('form', { name: 'End user' });
    await act(async () => {
      fireEvent.submit(form);
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(sent).toBe(1);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(MAX_COOLDOWN_MS - 1_000);
      fireEvent.submit(form);
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(sent).toBe(1);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
      fireEvent.submit(form);
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(sent).toBe(2);
  });
});
