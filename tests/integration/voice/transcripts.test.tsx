import { mkdir, writeFile } from 'node:fs/promises';
import { virtual } from '@guidepup/virtual-screen-reader';
import { onlineManager } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { announcementsOf, clearLiveLog, installLiveRecorder, liveLog } from '../../support/liveRecorder';
import { pass, testUser } from '../testClock';
import { createKit, renderWithKit, listenCountingServer } from '../xmodeTestKit';
import { BackgroundPage, Banners, VoiceForm, VoicePage, answersInTurn, created, listed, onCreate, onList, xmodeAnswer } from './voiceApps';

vi.setConfig({ testTimeout: 15_000 });

const net = listenCountingServer();
beforeAll(() => {
  installLiveRecorder();
});
afterEach(async () => {
  vi.useRealTimers();
  await virtual.stop();
  onlineManager.setOnline(true);
});

/** Lets the page finish in test time: the client's waits and resends, second commits, toasts. */
const settle = () => pass(5_000);
type User = ReturnType<typeof testUser>;

interface TranscriptCase {
  state: string;
  page: 'form' | 'page' | 'background';
  answer: ReturnType<typeof onCreate>;
  /** Words of the cause: heard exactly once in the transcript. */
  cause: RegExp;
  /** What the user does; default: submit the form (form) or nothing (page). */
  act?: (user: User) => Promise<void>;
  /** Visible when the state is there (after `settle`). */
  ready: () => unknown;
}

const submitForm = (user: User) => user.click(screen.getByRole('button', { name: 'Generate images' }));
const summary = () => screen.getByRole('alert', { name: 'There is a problem' });

const CASES: TranscriptCase[] = [
  { state: 'form: validation_error', page: 'form', answer: onCreate(() => xmodeAnswer('validation_error', 400)), cause: /valid email address/, ready: summary },
  { state: 'form: payment_required', page: 'form', answer: onCreate(() => xmodeAnswer('payment_required', 402)), cause: /balance is too low/, ready: summary },
  { state: 'form: internal_error', page: 'form', answer: onCreate(() => xmodeAnswer('internal_error', 500)), cause: /Something went wrong/, ready: summary },
  { state: 'form: network_error', page: 'form', answer: onCreate(() => HttpResponse.error()), cause: /offline|can't reach/i, ready: summary },
  { state: 'form: rate_limited over the cap', page: 'form', answer: onCreate(() => xmodeAnswer('rate_limited', 429, { 'retry-after': '600' })), cause: /Too many requests/, ready: summary },
  {
    // The client waits out the 429 and sends it again: no error, so only the outcome is said.
    state: 'form: rate_limited, waited out',
    page: 'form',
    answer: onCreate(answersInTurn(1, () => xmodeAnswer('rate_limited', 429, { 'retry-after': '1' }), created)),
    cause: /Generation started/,
    ready: () => screen.getByText('Generation started'),
  },
  {
    state: 'form: provider_timeout, then success',
    page: 'form',
    answer: onCreate(answersInTurn(1, () => xmodeAnswer('provider_timeout', 500), created)),
    cause: /image provider/,
    ready: () => screen.getByText('Generation started'),
  },
  { state: 'page: internal_error', page: 'page', answer: onList(() => xmodeAnswer('internal_error', 500)), cause: /Something went wrong/, ready: () => screen.getByRole('heading', { name: /Something went wrong/ }) },
  { state: 'page: provider_error', page: 'page', answer: onList(() => xmodeAnswer('provider_error', 500)), cause: /image provider had a problem/, ready: () => screen.getByRole('button', { name: 'Retry' }) },
  // The banner is the cause's surface on a page; the note in place is quiet (its Try again and Top up are there too).
  { state: 'page: network_error', page: 'page', answer: onList(() => HttpResponse.error()), cause: /offline|can't reach/i, ready: () => screen.getAllByRole('button', { name: 'Try again' }) },
  { state: 'page: payment_required', page: 'page', answer: onList(() => xmodeAnswer('payment_required', 402)), cause: /balance is too low/, ready: () => screen.getAllByRole('link', { name: 'Top up' }) },
  { state: 'page: not_found', page: 'page', answer: onList(() => xmodeAnswer('not_found', 404)), cause: /couldn't find|may have been deleted/, ready: () => screen.getByRole('heading', { name: /couldn't find/ }) },
  { state: 'page: forbidden', page: 'page', answer: onList(() => xmodeAnswer('forbidden', 403)), cause: /isn't allowed|permission/, ready: () => screen.getByRole('heading', { name: /isn't allowed/ }) },
  {
    state: 'background: a refetch fails behind data',
    page: 'background',
    answer: onList(answersInTurn(1, listed, () => xmodeAnswer('internal_error', 500))),
    cause: /Something went wrong/,
    act: async (user) => {
      await pass(10);
      expect(screen.getByText('1 generations')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Refresh' }));
    },
    ready: () => screen.getByText(/Something went wrong/),
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
    clearLiveLog();
    await virtual.start({ container: document.body });
    // The page keeps test time from here (the reader was started on the real clock).
    vi.useFakeTimers();
    const kit = createKit();
    const user = testUser();
    const Page = page === 'form' ? VoiceForm : page === 'page' ? VoicePage : BackgroundPage;
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
    await settle();
    ready();

    vi.useRealTimers();
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
