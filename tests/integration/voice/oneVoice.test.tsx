import { onlineManager } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { announcementsOf, clearLiveLog, installLiveRecorder, liveLog } from '../../support/liveRecorder';
import { createKit, renderWithKit, listenCountingServer } from '../xmodeTestKit';
import { BackgroundPage, Banners, VoiceForm, VoicePage, answersInTurn, created, listed, onCreate, onList, xmodeAnswer } from './voiceApps';

vi.setConfig({ testTimeout: 15_000 });

const net = listenCountingServer();
beforeAll(() => {
  installLiveRecorder();
});
beforeEach(() => clearLiveLog());
afterEach(() => {
  onlineManager.setOnline(true);
});

/** Long enough for every deferred voice (toast, banner, notice) to have spoken, in ms. */
const SETTLE_MS = 250;
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, SETTLE_MS)));

/** What live regions said about `cause`, as "assertive: …" lines. */
const said = (cause: RegExp) => announcementsOf(liveLog(), cause).map((entry) => `${entry.politeness}: ${entry.text}`);

function renderApp(page: 'form' | 'page' | 'background') {
  const kit = createKit();
  const user = userEvent.setup();
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

async function submit(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Generate images' }));
}

describe('one voice per cause (errorVoice)', () => {
  describe('on a form: the error summary speaks; no toast, no banner, no notice repeats it', () => {
    it.each([
      ['internal_error', 500, /Something went wrong/],
      ['validation_error', 400, /must be a valid email address/],
      ['content_policy', 422, /content filter/],
      ['forbidden', 403, /isn't allowed|permission/],
    ])('%s: said once', async (code, status, cause) => {
      net.use(onCreate(() => xmodeAnswer(code, status)));
      const { user } = renderApp('form');
      await submit(user);
      expect(await screen.findByRole('alert', { name: 'There is a problem' })).toHaveFocus();
      await settle();
      expect(said(cause)).toHaveLength(1);
      expect(document.querySelectorAll('[data-sonner-toast]')).toHaveLength(0);
    });

    it('payment_required: one alert (the summary), whose item is the Top up link; the banner shows it quietly', async () => {
      net.use(onCreate(() => xmodeAnswer('payment_required', 402)));
      const { user } = renderApp('form');
      await submit(user);
      const summary = await screen.findByRole('alert', { name: 'There is a problem' });
      await settle();
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
      await screen.findByRole('alert', { name: 'There is a problem' });
      await settle();
      expect(said(/offline|can't reach/i)).toHaveLength(1);
      expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible(); // the banner's, the only one
    });

    it('rate_limited above the wait cap: summary only (no countdown start, no toast, no button announcement)', async () => {
      net.use(onCreate(() => xmodeAnswer('rate_limited', 429, { 'retry-after': '600' })));
      const { user } = renderApp('form');
      await submit(user);
      await screen.findByRole('alert', { name: 'There is a problem' });
      await settle();
      expect(said(/Too many requests/)).toHaveLength(1);
      expect(document.querySelectorAll('[data-sonner-toast]')).toHaveLength(0);
    });

    it('rate_limited, retried after the window: the notice says the start once, then the end; no toast', async () => {
      net.use(onCreate(answersInTurn(1, () => xmodeAnswer('rate_limited', 429, { 'retry-after': '1' }), created)));
      const { user } = renderApp('form');
      await submit(user);
      await screen.findByText('Generation started', {}, { timeout: 10_000 });
      await settle();
      expect(said(/Too many requests/)).toHaveLength(1);
      expect(said(/You can send requests again/)).toHaveLength(1);
      expect(document.querySelectorAll('[data-sonner-toast]')).toHaveLength(0);
    });

    it('provider_timeout, retried: the start once, no announcement per attempt; the summary has the end', async () => {
      net.use(onCreate(() => xmodeAnswer('provider_timeout', 500)));
      const { user } = renderApp('form');
      await submit(user);
      await screen.findByRole('alert', { name: 'There is a problem' }, { timeout: 10_000 });
      await settle();
      expect(said(/retrying/)).toHaveLength(1);
      expect(said(/taking too long/)).toHaveLength(1);
    });
  });

  describe('on a page: the state in place speaks, or the page-wide banner', () => {
    it('internal_error: the inline state, no toast', async () => {
      net.use(onList(() => xmodeAnswer('internal_error', 500)));
      renderApp('page');
      await screen.findByRole('heading', { name: /Something went wrong/ });
      await settle();
      expect(said(/Something went wrong/)).toHaveLength(1);
      expect(document.querySelectorAll('[data-sonner-toast]')).toHaveLength(0);
    });

    it('provider_error after its retries: the inline status once', async () => {
      net.use(onList(() => xmodeAnswer('provider_error', 500)));
      renderApp('page');
      await screen.findByRole('button', { name: 'Retry' }, { timeout: 10_000 });
      await settle();
      expect(said(/image provider had a problem/)).toHaveLength(1);
    });

    it('network_error: the offline banner; no inline note and one "Try again"', async () => {
      net.use(onList(() => HttpResponse.error()));
      renderApp('page');
      await screen.findByRole('button', { name: 'Try again' }, { timeout: 10_000 });
      await settle();
      expect(said(/offline|can't reach/i)).toHaveLength(1);
      expect(screen.getAllByRole('button', { name: 'Try again' })).toHaveLength(1);
    });

    it('payment_required: the top-up banner; no inline note', async () => {
      net.use(onList(() => xmodeAnswer('payment_required', 402)));
      renderApp('page');
      await screen.findByText('Your xTokens balance is too low for this request');
      await settle();
      expect(said(/balance is too low|Top up/)).toHaveLength(1);
      expect(screen.getAllByRole('link', { name: 'Top up' })).toHaveLength(1);
    });
  });

  describe('in the background: a toast, since nothing else shows it', () => {
    it('a refetch behind data fails: one toast', async () => {
      net.use(onList(answersInTurn(1, listed, () => xmodeAnswer('internal_error', 500))));
      const { user } = renderApp('background');
      await screen.findByText('1 generations');
      await user.click(screen.getByRole('button', { name: 'Refresh' }));
      await waitFor(() => expect(document.querySelectorAll('[data-sonner-toast]')).toHaveLength(1));
      await settle();
      expect(said(/Something went wrong/)).toHaveLength(1);
    });

    it('a 429 window with no notice on screen: the one rate-limited toast', async () => {
      const { kit } = renderApp('background');
      act(() => kit.cooldown.start(5_000));
      await waitFor(() => expect(document.querySelectorAll('[data-sonner-toast]')).toHaveLength(1));
      await settle();
      expect(said(/Too many requests/)).toHaveLength(1);
    });
  });
});
