/**
 * Several tabs of the dashboard in one browser context (one origin, one key): what an
 * error taught one tab reaches the others over BroadcastChannel. Each page runs its own
 * mock API (MSW answers in the page), so a request another tab does not send is one its
 * own mock never sees. In Firefox the tab opened last is in front and the others are
 * hidden, where timers fire 1 s late at the earliest; Chromium (Playwright) and WebKit
 * (a window per tab) show every tab.
 */
import { click, expectNothingSent, expectSentAfterWindow, expectThat, goto, inTab, markRequests, openTab, role, testId, text, windowFrom429, type Flow, type Step } from './flow';
import { ACCOUNT_NOTICES, SUBMIT, fillGenerationForm, h1, navLink } from './demo';

/** How soon after a 429 window ends a tab it held sends, at the latest (issue #23), ms. */
export const HELD_TAB_RELEASE_MS = 300;
/** Slack before the window's end for the clock reads, ms. */
const CLOCK_SLACK_MS = 150;
/** The rate_limited_list scenario's Retry-After, s. */
const RATE_LIMITED_LIST_RETRY_AFTER_S = 3;

const BLOCKED = role('heading', 'Your xMode account has been blocked');
const SUMMARY = role('alert', undefined, { hasText: 'There is a problem' });
const LOW_BALANCE = text(/Your xTokens balance is too low/, { within: ACCOUNT_NOTICES });

/** Opens the dashboard in `tab` (a new one) and starts counting its `/v1` requests. */
const openDashboard = (tab: number): Step[] =>
  inTab(tab, openTab(), goto('/'), expectThat(h1('Dashboard'), { visible: true }), markRequests());

export const TABS_FLOWS: readonly Flow[] = [
  {
    name: `a 429 in tab 1 holds the list tabs 2 and 3 open inside its window; each sends within ${HELD_TAB_RELEASE_MS} ms after the window ends`,
    steps: [
      ...openDashboard(2),
      ...openDashboard(3),
      ...inTab(1, openTab(), goto('/?scenario=rate_limited_list'), windowFrom429('/v1/generations', RATE_LIMITED_LIST_RETRY_AFTER_S)),
      // Inside the window, tabs 2 and 3 open the list: their queries wait instead of sending.
      ...inTab(2, click(navLink('Generations'))),
      ...inTab(3, click(navLink('Generations'))),
      ...[1, 2, 3].flatMap((tab) =>
        inTab(tab, expectThat(h1('Generations'), { visible: true }), expectThat(role('link', 'A lighthouse at dusk, watercolor'), { visible: true }, { timeout: 6_000 })),
      ),
      // Nothing sent inside the window; the held list sent when it ended, not a timer's second later.
      ...[2, 3].flatMap((tab) => inTab(tab, expectSentAfterWindow('/v1/generations', -CLOCK_SLACK_MS, HELD_TAB_RELEASE_MS))),
    ],
  },
  {
    name: 'a blocked account found in tab 1 shows the blocked screen in tabs 2 and 3 without their sending',
    steps: [
      ...openDashboard(2),
      ...openDashboard(3),
      ...inTab(1, openTab(), goto('/?scenario=account_blocked'), expectThat(BLOCKED, { visible: true })),
      ...[2, 3].flatMap((tab) => inTab(tab, click(navLink('Generations')), expectThat(BLOCKED, { visible: true }), expectNothingSent())),
    ],
  },
  {
    name: "a top-up in tab 2 takes tab 1's low-balance banner and its form's 402 line away within a second; tab 1 reads the balance before it offers to send; tab 2's copy fits a tab that sent nothing",
    steps: [
      ...inTab(2, openTab(), goto('/billing'), expectThat(h1('Billing'), { visible: true })),
      ...inTab(1, openTab(), goto('/?scenario=payment_required'), ...fillGenerationForm(), click(SUBMIT), expectThat(LOW_BALANCE, { visible: true })),
      ...inTab(1, expectThat(SUMMARY, { containsText: 'Your xTokens balance is too low for this request' })),
      // Tab 2 learned it too, and announces it there (nothing else in tab 2 says it), in
      // words for a tab that sent no request: not "for this request" (#25).
      ...inTab(
        2,
        expectThat(LOW_BALANCE, { visible: true }),
        expectThat(role('alert', undefined, { within: ACCOUNT_NOTICES }), { text: 'Your xTokens balance is too low' }),
        expectThat(text(/for this request/), { count: 0 }),
      ),
      ...inTab(2, click(testId('top-up-submit')), expectThat(testId('top-up-done'), { containsText: 'Added 100 xTokens' })),
      // Tab 1: "too low … Top up" is no longer true, neither in the banner nor in the form's summary (#25).
      // It checks the balance before it offers "Generate again": each demo tab runs its own
      // mock API, where tab 2's top-up never happened, so tab 1 says what is still missing (#21).
      ...inTab(
        1,
        expectThat(LOW_BALANCE, { count: 0 }, { timeout: 1_000 }),
        expectThat(SUMMARY, { count: 0 }),
        expectThat(role('status', undefined, { within: ACCOUNT_NOTICES, hasText: 'Add at least 10 more to send this request.' }), { visible: true }),
        expectThat(role('button', 'Generate again'), { count: 0 }),
      ),
    ],
  },
];
