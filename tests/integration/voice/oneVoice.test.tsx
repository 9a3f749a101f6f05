import { notifyManager, onlineManager } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { announcementsOf, clearLiveLog, installLiveRecorder, liveLog } from '../../support/liveRecorder';
import { keepTestTime, pass, testUser } from '../testClock';
import { createKit, renderWithKit, listenCountingServer } from '../xmodeTestKit';
import { BackgroundPage, Banners, Tiles, VoiceDetail, VoiceForm, VoicePage, answersInTurn, created, listed, onCreate, onDetail, onList, xmodeAnswer } from './voiceApps';

const net = listenCountingServer();
keepTestTime();
beforeAll(() => {
  installLiveRecorder();
});
beforeEach(() => clearLiveLog());
afterEach(() => {
  onlineManager.setOnline(true);
});

/**
 * Lets the page finish in test time: the client's waits and resends (an outage's windows,
 * a provider's three), live regions' second commit, sonner's toasts. Nothing here decides
 * who speaks: that was decided when the error became final.
 */
const settle = () => pass(5_000);

/** What live regions said about `cause`, as "assertive: …" lines. */
const said = (cause: RegExp) => announcementsOf(liveLog(), cause).map((entry) => `${entry.politeness}: ${entry.text}`);
const toasts = () => document.querySelectorAll('[data-sonner-toast]');

function renderApp(page: 'form' | 'page' | 'background') {
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
  return { kit, user };
}

async function submit(user: ReturnType<typeof testUser>) {
  await user.click(screen.getByRole('button', { name: 'Generate images' }));
}

describe('one announcement per cause, from the surface decided when the error became final', () => {
  describe("on a form (its mutation declares shownIn: 'form'): the error summary speaks; no toast, no banner repeats it", () => {
    it.each([
      ['internal_error', 500, /Something went wrong/],
      ['validation_error', 400, /must be a valid email address/],
      ['content_policy', 422, /content filter/],
      ['forbidden', 403, /isn't allowed|permission/],
    ])('%s: said once', async (code, status, cause) => {
      net.use(onCreate(() => xmodeAnswer(code, status)));
      const { user, kit } = renderApp('form');
      await submit(user);
      await settle();
      expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveFocus();
      expect(said(cause)).toHaveLength(1);
      expect(toasts()).toHaveLength(0);
      expect(kit.errors.list().map((entry) => entry.surface)).toEqual(['summary']);
    });

    it('payment_required: one alert (the summary), whose item is the Top up link; the banner shows it quietly', async () => {
      net.use(onCreate(() => xmodeAnswer('payment_required', 402)));
      const { user } = renderApp('form');
      await submit(user);
      await settle();
      const summary = screen.getByRole('alert', { name: 'There is a problem' });
      expect(said(/balance is too low|Top up/)).toHaveLength(1);
      expect(screen.getAllByText('Your xTokens balance is too low for this request')[0]).toBeVisible();
      // The fix is the first Tab stop after the focused summary.
      await user.tab();
      expect(within(summary).getByRole('link', { name: /Top up/ })).toHaveFocus();
      expect(within(summary).getByRole('link', { name: /Top up/ })).toHaveAttribute('href', '/billing');
    });

    it('network_error: the summary says it; the offline banner is shown without a second announcement', async () => {
      net.use(onCreate(() => HttpResponse.error()));
      const { user } = renderApp('form');
      await submit(user);
      await settle();
      expect(screen.getByRole('alert', { name: 'There is a problem' })).toBeInTheDocument();
      expect(said(/offline|can't reach/i)).toHaveLength(1);
      expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible(); // the banner's, the only one
    });

    it('rate_limited past maxWaitMs: the summary only (no toast); the time is said once, by the button, quietly (#25)', async () => {
      net.use(onCreate(() => xmodeAnswer('rate_limited', 429, { 'retry-after': '600' })));
      const { user } = renderApp('form');
      await submit(user);
      await pass(10);
      const summary = screen.getByRole('alert', { name: 'There is a problem' });
      expect(summary).toHaveTextContent('Too many requests. Wait before you send it again.');
      expect(screen.getByRole('button', { name: 'Generate images' })).toHaveAccessibleDescription(/^You can send again after \d{1,2}:\d{2}/);
      expect(screen.getAllByText(/after \d{1,2}:\d{2}/)).toHaveLength(1);
      await settle();
      expect(said(/Too many requests/)).toHaveLength(1);
      expect(toasts()).toHaveLength(0);
    });

    it('rate_limited, waited out by the client: the wait is said once, quietly, the button counts it, then the success is said (#25)', async () => {
      net.use(onCreate(answersInTurn(1, () => xmodeAnswer('rate_limited', 429, { 'retry-after': '2' }), created)));
      const { user, kit } = renderApp('form');
      await submit(user);
      await pass(10);
      expect(screen.getByRole('button', { name: 'Generate images' })).toHaveAccessibleDescription('Too many requests: sending in 2 s');
      await settle();
      expect(screen.getByText('Generation started')).toBeInTheDocument();
      expect(said(/Generation started/)).toHaveLength(1);
      expect(said(/Too many requests/)).toEqual(['polite: Too many requests: your request is sent when the wait ends.']);
      expect(screen.queryByText(/sending in|send again/)).not.toBeInTheDocument();
      expect(toasts()).toHaveLength(0);
      expect(kit.errors.list()).toEqual([]);
    });

    it('provider_timeout, waited out three times: "trying again" once, no announcement per attempt; the summary has the end', async () => {
      net.use(onCreate(() => xmodeAnswer('provider_timeout', 500)));
      const { user } = renderApp('form');
      await submit(user);
      await settle();
      expect(net.count('POST /v1/generations')).toBe(4);
      expect(screen.getByRole('alert', { name: 'There is a problem' })).toBeInTheDocument();
      expect(said(/Trying again/)).toHaveLength(1);
      expect(said(/taking too long/)).toHaveLength(1);
      expect(toasts()).toHaveLength(0);
    });
  });

  describe('on a page (a query with observers and no data): the state in place speaks, or the page-wide banner', () => {
    it('internal_error: the inline state, no toast', async () => {
      net.use(onList(() => xmodeAnswer('internal_error', 500)));
      const { kit } = renderApp('page');
      await settle();
      expect(screen.getByRole('heading', { name: /Something went wrong/ })).toBeInTheDocument();
      expect(said(/Something went wrong/)).toHaveLength(1);
      expect(toasts()).toHaveLength(0);
      expect(kit.errors.list().map((entry) => entry.surface)).toEqual(['inline']);
    });

    it('provider_error after the client gave up: the inline status once', async () => {
      net.use(onList(() => xmodeAnswer('provider_error', 500)));
      renderApp('page');
      await settle();
      expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
      expect(said(/image provider had a problem/)).toHaveLength(1);
      expect(toasts()).toHaveLength(0);
    });

    it('network_error: the offline banner speaks and is the one statement; in place, one quiet line (#25)', async () => {
      net.use(onList(() => HttpResponse.error()));
      renderApp('page');
      await settle();
      expect(screen.getAllByText("We can't reach the xMode API")).toHaveLength(1);
      expect(screen.getAllByRole('button', { name: 'Try again' })).toHaveLength(1);
      expect(screen.getByText("This couldn't load: see the notice at the top.")).toBeVisible();
      expect(said(/offline|can't reach/i)).toHaveLength(1);
      expect(said(/offline|can't reach/i)[0]).toMatch(/^polite: /);
      expect(toasts()).toHaveLength(0);
    });

    it('payment_required: the top-up banner speaks and is the one statement; in place, one quiet line (#25)', async () => {
      net.use(onList(() => xmodeAnswer('payment_required', 402)));
      renderApp('page');
      await settle();
      expect(screen.getAllByText('Your xTokens balance is too low for this request')).toHaveLength(1);
      expect(screen.getByText("This couldn't load: see the notice at the top.")).toBeVisible();
      expect(said(/balance is too low|Top up/)).toHaveLength(1);
      expect(toasts()).toHaveLength(0);
    });
  });

  describe('in the background: a toast, since nothing else shows it', () => {
    it('a refetch behind data fails: one toast', async () => {
      net.use(onList(answersInTurn(1, listed, () => xmodeAnswer('internal_error', 500))));
      const { user, kit } = renderApp('background');
      await pass(10);
      expect(screen.getByText('1 generations')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Refresh' }));
      await settle();
      expect(toasts()).toHaveLength(1);
      expect(said(/Something went wrong/)).toHaveLength(1);
      expect(kit.errors.list().map((entry) => entry.surface)).toEqual(['toast']);
    });

    it('twenty tiles fail with internal_error: ONE toast saying 20 requests failed, said once', async () => {
      net.use(onList(() => xmodeAnswer('internal_error', 500)));
      const kit = createKit();
      renderWithKit(<Tiles api={kit.api} count={20} />, kit);
      // The outage persists: the client's probes give up on one request per window (20 windows, growing).
      await pass(60_000);
      expect(net.count('GET /v1/generations')).toBe(40);
      expect(toasts()).toHaveLength(1);
      expect(toasts()[0]).toHaveTextContent('Something went wrong on our side');
      expect(toasts()[0]).toHaveTextContent('20 requests failed.');
      expect(said(/Something went wrong/)).toHaveLength(1);
      expect(kit.errors.list()).toEqual([expect.objectContaining({ surface: 'toast', count: 20 })]);
    });

    it('a query with data fails in the background: a toast; one without data on the page: none (its page shows it)', async () => {
      net.use(onList(answersInTurn(1, listed, () => xmodeAnswer('not_found', 404))));
      net.use(onDetail(() => xmodeAnswer('not_found', 404)));
      const kit = createKit();
      const user = testUser();
      renderWithKit(
        <main>
          <BackgroundPage api={kit.api} />
          <VoiceDetail api={kit.api} />
        </main>,
        kit,
      );
      await pass(10);
      expect(screen.getByRole('heading', { name: /couldn't find/ })).toBeInTheDocument();
      expect(toasts()).toHaveLength(0);
      await user.click(screen.getByRole('button', { name: 'Refresh' }));
      await settle();
      expect(toasts()).toHaveLength(1);
      expect(toasts()[0]).toHaveTextContent("We couldn't find this");
      expect(kit.errors.list().map((entry) => entry.surface)).toEqual(['inline', 'toast']);
    });
  });

  // Decided from what the query or mutation declares and whether it has observers, as the
  // error becomes final: no timer takes part, so a host's scheduler changes nothing (#20).
  describe("with a host's own React Query scheduler (notifyManager.setScheduler)", () => {
    beforeEach(() => {
      notifyManager.setScheduler((callback) => queueMicrotask(callback));
    });
    afterEach(() => {
      notifyManager.setScheduler((callback) => setTimeout(callback, 0));
    });

    it("should still keep a form's error to its summary: no toast, no banner alert", async () => {
      net.use(onCreate(() => xmodeAnswer('payment_required', 402)));
      const { user, kit } = renderApp('form');
      await submit(user);
      await settle();
      expect(said(/balance is too low|Top up/)).toHaveLength(1);
      expect(screen.getByRole('alert', { name: 'There is a problem' })).toBeInTheDocument();
      expect(toasts()).toHaveLength(0);
      expect(kit.errors.list().map((entry) => entry.surface)).toEqual(['summary']);
    });

    it('should still give a background failure its one toast, and a page failure none', async () => {
      net.use(onList(answersInTurn(1, listed, () => xmodeAnswer('not_found', 404))));
      net.use(onDetail(() => xmodeAnswer('not_found', 404)));
      const kit = createKit();
      const user = testUser();
      renderWithKit(
        <main>
          <BackgroundPage api={kit.api} />
          <VoiceDetail api={kit.api} />
        </main>,
        kit,
      );
      await pass(10);
      await user.click(screen.getByRole('button', { name: 'Refresh' }));
      await settle();
      expect(toasts()).toHaveLength(1);
      expect(kit.errors.list().map((entry) => entry.surface)).toEqual(['inline', 'toast']);
      // The toast says its cause once; the page's state is there, in place (its heading took focus when it came).
      expect(said(/We couldn't find this/)).toHaveLength(1);
      expect(screen.getByRole('heading', { name: "We couldn't find generation gen_1" })).toBeInTheDocument();
    });
  });
});
