import { mkdir, writeFile } from 'node:fs/promises';
import { virtual } from '@guidepup/virtual-screen-reader';
import { onlineManager } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { announcementsOf, clearLiveLog, installLiveRecorder, liveLog } from '../../support/liveRecorder';
import { createKit, renderWithKit, listenCountingServer } from '../xmodeTestKit';
import { BackgroundPage, Banners, VoiceForm, VoicePage, answersInTurn, created, listed, onCreate, onList, xmodeAnswer } from './voiceApps';

vi.setConfig({ testTimeout: 15_000 });

const net = listenCountingServer();
beforeAll(() => {
  installLiveRecorder();
});
afterEach(async () => {
  await virtual.stop();
  onlineManager.setOnline(true);
});

const SETTLE_MS = 250;
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, SETTLE_MS)));

interface TranscriptCase {
  state: string;
  page: 'form' | 'page' | 'background';
  answer: ReturnType<typeof onCreate>;
  /** Words of the cause: heard exactly once in the transcript. */
  cause: RegExp;
  /** What the user does; default: submit the form (form) or nothing (page). */
  act?: (user: ReturnType<typeof userEvent.setup>) => Promise<void>;
  /** Visible when the state is there. */
  ready: () => Promise<unknown>;
}

const submitForm = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Generate images' }));
const summary = () => screen.findByRole('alert', { name: 'There is a problem' }, { timeout: 10_000 });

const CASES: TranscriptCase[] = [
  { state: 'form: validation_error', page: 'form', answer: onCreate(() => xmodeAnswer('validation_error', 400)), cause: /valid email address/, ready: summary },
  { state: 'form: payment_required', page: 'form', answer: onCreate(() => xmodeAnswer('payment_required', 402)), cause: /balance is too low/, ready: summary },
  { state: 'form: internal_error', page: 'form', answer: onCreate(() => xmodeAnswer('internal_error', 500)), cause: /Something went wrong/, ready: summary },
  { state: 'form: network_error', page: 'form', answer: onCreate(() => HttpResponse.error()), cause: /offline|can't reach/i, ready: summary },
  { state: 'form: rate_limited over the cap', page: 'form', answer: onCreate(() => xmodeAnswer('rate_limited', 429, { 'retry-after': '600' })), cause: /Too many requests/, ready: summary },
  {
    state: 'form: rate_limited, retried',
    page: 'form',
    answer: onCreate(answersInTurn(1, () => xmodeAnswer('rate_limited', 429, { 'retry-after': '1' }), created)),
    cause: /Too many requests/,
    ready: () => screen.findByText('Generation started', {}, { timeout: 10_000 }),
  },
  {
    state: 'form: provider_timeout, then success',
    page: 'form',
    answer: onCreate(answersInTurn(1, () => xmodeAnswer('provider_timeout', 500), created)),
    cause: /image provider/,
    ready: () => screen.findByText('Generation started', {}, { timeout: 10_000 }),
  },
  { state: 'page: internal_error', page: 'page', answer: onList(() => xmodeAnswer('internal_error', 500)), cause: /Something went wrong/, ready: () => screen.findByRole('heading', { name: /Something went wrong/ }) },
  { state: 'page: provider_error', page: 'page', answer: onList(() => xmodeAnswer('provider_error', 500)), cause: /image provider had a problem/, ready: () => screen.findByRole('button', { name: 'Retry' }, { timeout: 10_000 }) },
  { state: 'page: network_error', page: 'page', answer: onList(() => HttpResponse.error()), cause: /offline|can't reach/i, ready: () => screen.findByRole('button', { name: 'Try again' }, { timeout: 10_000 }) },
  { state: 'page: payment_required', page: 'page', answer: onList(() => xmodeAnswer('payment_required', 402)), cause: /balance is too low/, ready: () => screen.findByRole('link', { name: 'Top up' }) },
  { state: 'page: not_found', page: 'page', answer: onList(() => xmodeAnswer('not_found', 404)), cause: /couldn't find|may have been deleted/, ready: () => screen.findByRole('heading', { name: /couldn't find/ }) },
  { state: 'page: forbidden', page: 'page', answer: onList(() => xmodeAnswer('forbidden', 403)), cause: /isn't allowed|permission/, ready: () => screen.findByRole('heading', { name: /isn't allowed/ }) },
  {
    state: 'background: a refetch fails behind data',
    page: 'background',
    answer: onList(answersInTurn(1, listed, () => xmodeAnswer('internal_error', 500))),
    cause: /Something went wrong/,
    act: async (user) => {
      await screen.findByText('1 generations');
      await user.click(screen.getByRole('button', { name: 'Refresh' }));
    },
    ready: () => screen.findByText(/Something went wrong/),
  },
];

/**
 * What a screen reader says, in order, for each state: the virtual screen reader's log
 * (focus moves, live regions that exist before their text), plus alerts inserted with
 * their text, which it does not voice but real screen readers do. Each transcript is
 * saved as test-results/transcripts/<state>.txt.
 */
describe('screen-reader transcripts: each state says its cause once, nothing twice', () => {
  it.each(CASES.map((entry) => [entry.state, entry] as const))('%s', async (state, { page, answer, cause, act: userAct, ready }) => {
    net.use(answer);
    const kit = createKit();
    const user = userEvent.setup();
    const Page = page === 'form' ? VoiceForm : page === 'page' ? VoicePage : BackgroundPage;
    clearLiveLog();
    await virtual.start({ container: document.body });
    renderWithKit(
      <>
        <Banners />
        <main>
          <Page api={kit.api} />
        </main>
      </>,
      kit,
      { topUpHref: '/billing', supportUrl: 'mailto:support@xmode.test' },
    );
    if (userAct) await userAct(user);
    else if (page === 'form') await submitForm(user);
    await ready();
    await settle();

    const spoken = await virtual.spokenPhraseLog();
    const inserted = liveLog()
      .filter((entry) => entry.kind === 'inserted')
      .map((entry) => `alert: ${entry.text}`);
    const transcript = [...spoken, ...inserted].filter((phrase) => phrase !== 'document');
    await mkdir('test-results/transcripts', { recursive: true });
    await writeFile(`test-results/transcripts/${state.replace(/[^\w]+/g, '_')}.txt`, `${transcript.join('\n')}\n`);

    const repeats = transcript.filter((phrase, index) => transcript.indexOf(phrase) !== index);
    expect(repeats, `repeated phrases in:\n${transcript.join('\n')}`).toEqual([]);
    const liveOfCause = transcript.filter((phrase) => /^(polite|assertive|alert): /.test(phrase) && cause.test(phrase));
    expect(liveOfCause, `announcements of the cause in:\n${transcript.join('\n')}`).toHaveLength(1);
    expect(announcementsOf(liveLog(), cause)).toHaveLength(1);
  });
});
