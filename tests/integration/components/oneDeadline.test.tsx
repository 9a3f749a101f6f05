import { useMutation, useQuery } from '@tanstack/react-query';
import { act, fireEvent, screen } from '@testing-library/react';
import { http } from 'msw';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { XModeError } from '../../../src';
import { MAX_TIMEOUT_MS } from '../../../src/core/parseRetryAfter';
import { MAX_RATE_LIMIT_WINDOW_MS } from '../../../src/core/requestWindow';
import { ErrorSummary, RateLimitNotice, SubmitButton } from '../../../src/components';
import { defaultMessages, useServerErrors } from '../../../src/react';
import { keepTestTime, pass } from '../testClock';
import { API, createKit, listenCountingServer, sequence, xmodeError } from '../xmodeTestKit';
import { renderInProvider } from './componentKit';

const net = listenCountingServer();
keepTestTime();

// `Retry-After: 99999999999` parses to the longest timer (about 24.8 days); a 429 window caps it at 10 minutes.
const absurd = () => new XModeError({ code: 'rate_limited', status: 429, retryAfterMs: MAX_TIMEOUT_MS });

/** A deadline `ms` from now as the copy says a time (the default locale's clock). */
const clockIn = (ms: number) => defaultMessages.format.clock(Date.now() + ms);

type Kit = ReturnType<typeof createKit>;

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

/** A page as a dashboard lays it out: the 429 notice, a list read through the API client, and a form. */
function Page({ kit }: { kit: Kit }) {
  const list = useQuery({
    queryKey: ['generations'],
    queryFn: ({ signal }) => kit.api.get<{ data: unknown[] }>('/v1/generations', { signal }),
    meta: { xmode: { shownIn: 'page' } },
  });
  return (
    <>
      <RateLimitNotice />
      <p>{list.data ? `${list.data.data.length} generations` : list.isError ? 'No list' : 'Loading generations'}</p>
      <OneFieldForm send={() => kit.api.post('/v1/end-users', { name: 'Ana' })} cooldown />
    </>
  );
}

/** What the notice and the button say of the wait now ('' when nothing). */
function statements() {
  const notice = document.querySelector('.xm-notice__countdown')?.textContent ?? '';
  const button = screen.getByRole('button', { name: 'Add end user' });
  const description = button.getAttribute('aria-describedby') ? (document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent ?? '') : '';
  return { notice, button: description };
}

const number = (text: string) => /\d+/.exec(text)?.[0];

describe('one 429 deadline for every surface (#20)', () => {
  it('should count a short wait the same on the notice and the button, at every moment of it', async () => {
    net.use(sequence('/v1/generations', 1, () => xmodeError('rate_limited', 429, { 'retry-after': '5' }), () => Response.json({ data: [] })));
    const kit = createKit();
    renderInProvider(<Page kit={kit} />, kit);
    await pass(0);
    expect(statements()).toEqual({ notice: 'Trying again in 5 s', button: 'You can send again in 5 s' });
    // Across every tick (and between them) the two never disagree, to the last second.
    for (let elapsed = 0; elapsed < 5_000; elapsed += 37) {
      const { notice, button } = statements();
      expect(number(notice), `at ${elapsed} ms: "${notice}" / "${button}"`).toBe(number(button));
      await pass(37);
    }
    await pass(100);
    expect(statements()).toEqual({ notice: '', button: '' });
    expect(screen.getByText('0 generations')).toBeInTheDocument();
  });

  it('should say a long wait as the same time on the notice and the button; the summary does not repeat it (#25)', async () => {
    net.use(http.get(`${API}/v1/generations`, () => Response.json({ data: [] })));
    net.use(http.post(`${API}/v1/end-users`, () => xmodeError('rate_limited', 429, { 'retry-after': '300' })));
    const kit = createKit();
    renderInProvider(<Page kit={kit} />, kit);
    await pass(0);
    const at = clockIn(300_000);
    // Past maxWaitMs (60 s): the client fails the request at once; its window stays open 5 minutes.
    await act(async () => {
      fireEvent.submit(screen.getByRole('form', { name: 'End user' }));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(net.count('POST /v1/end-users')).toBe(1);
    expect(statements()).toEqual({ notice: `Try again after ${at}`, button: `You can send again after ${at}` });
    expect(screen.getByRole('alert')).toHaveTextContent('Too many requests. Wait before you send it again.');
    expect(screen.getByRole('alert')).not.toHaveTextContent(at);
    await pass(300_000 - 120_000 + 1);
    // Still longer than maxWaitMs (60 s) left: nothing waits in the window, the notice says so too (#25).
    expect(statements()).toEqual({ notice: 'You can send again in 120 s', button: 'You can send again in 120 s' });
  });

  it("should end RateLimitNotice's count of an absurd Retry-After at a 429 window's cap", async () => {
    renderInProvider(<RateLimitNotice error={absurd()} onRetry={() => undefined} />, createKit());
    // A long wait is said as a time: the capped deadline's, not one 24.8 days away.
    expect(screen.getByText(`Try again after ${clockIn(MAX_RATE_LIMIT_WINDOW_MS)}`)).toBeInTheDocument();
    await pass(MAX_RATE_LIMIT_WINDOW_MS + 1);
    expect(screen.getByRole('status')).toHaveTextContent('You can send requests again.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('should cap an absurd Retry-After through the API client too: one request, the window ends at the cap', async () => {
    net.use(http.post(`${API}/v1/end-users`, () => xmodeError('rate_limited', 429, { 'retry-after': '99999999999' })));
    const kit = createKit();
    renderInProvider(<OneFieldForm send={() => kit.api.post('/v1/end-users', {})} cooldown />, kit);
    const at = clockIn(MAX_RATE_LIMIT_WINDOW_MS);
    await act(async () => {
      fireEvent.submit(screen.getByRole('form', { name: 'End user' }));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByRole('alert')).not.toHaveTextContent(at);
    expect(screen.getByRole('button', { name: 'Add end user' })).toHaveAccessibleDescription(`You can send again after ${at}`);
    expect(net.count('POST /v1/end-users')).toBe(1);
  });

  it.each([true, false])('should unlock SubmitButton (cooldown: %s) at the cap, counting from 600 s', async (cooldown) => {
    renderInProvider(<SubmitButton server={{ pending: false, error: absurd(), cooldown }}>Generate images</SubmitButton>, createKit());
    const button = screen.getByRole('button', { name: 'Generate images' });
    expect(button).toHaveAccessibleDescription(`You can send again after ${clockIn(MAX_RATE_LIMIT_WINDOW_MS)}`);
    await pass(MAX_RATE_LIMIT_WINDOW_MS - 1_000 + 1);
    expect(button).toHaveAccessibleDescription('You can send again in 1 s');
    await pass(1_000);
    expect(button).not.toHaveAttribute('aria-disabled');
  });

  it("should say the cap's time once, on the button the wait blocks, not in the summary too (#25)", async () => {
    renderInProvider(<OneFieldForm send={() => Promise.reject(absurd())} cooldown />, createKit());
    const at = clockIn(MAX_RATE_LIMIT_WINDOW_MS);
    await act(async () => {
      fireEvent.submit(screen.getByRole('form', { name: 'End user' }));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Too many requests. Wait before you send it again.');
    expect(screen.getAllByText(new RegExp(at))).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Add end user' })).toHaveAccessibleDescription(`You can send again after ${at}`);
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
      await vi.advanceTimersByTimeAsync(MAX_RATE_LIMIT_WINDOW_MS - 1_000);
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
