/**
 * Money and typed work are never lost (#21), by keyboard: a paid request kept after a 402
 * is sent at most once and offered only when the balance covers it; a 401 that a success
 * disproves hides the form without destroying it; a paid request that ended in a server
 * fault says to check before sending again; after a recovery, focus is on what came back.
 */
import { axe, back, click, css, expectThat, expectUrl, fill, goto, inTab, label, openScenario, openTab, press, role, screenshot, select, tabTo, testId, text, type Flow, type Step } from './flow';
import { ACCOUNT_NOTICES, GENERATION_LIST, PROMPT, SUBMIT, expectGenerationCreated, fillGenerationForm, h1, navLink } from './demo';

const SUMMARY = css('.xm-error-summary');
const BANNER_STATUS = (hasText: string | RegExp) => role('status', undefined, { within: ACCOUNT_NOTICES, hasText });
const GENERATE_AGAIN = role('button', 'Generate again');
const UNAUTHORIZED = role('heading', 'Your API key is missing or has been revoked');
const BALANCE_LINE = testId('v1-balance');

/** 402 on the form's Submit (Enter), then to Billing by the summary's link (Tab, Enter) to add `amount`. */
function refusedThenTopUp(prompt: string, count: number, amount: number): Step[] {
  return [
    openScenario('payment_required'),
    ...fillGenerationForm({ prompt, count }),
    press('Enter', SUBMIT),
    expectThat(SUMMARY, { focused: true }),
    expectThat(ACCOUNT_NOTICES, { containsText: 'Your xTokens balance is too low for this request' }),
    press('Tab'),
    expectThat(role('link', /Top up your balance/, { within: SUMMARY }), { focused: true }),
    press('Enter'),
    expectUrl(/\/billing$/),
    fill(label('Amount in xTokens'), String(amount)),
    press('Enter', testId('top-up-submit')),
    expectThat(testId('top-up-done'), { containsText: `Added ${amount} xTokens` }),
  ];
}

/** Opens the footer's scenario panel and forces `id` on the next matching request, by keyboard. */
function forceScenario(id: string): Step[] {
  return [
    press('Enter', css('details.demo-scenarios > summary')),
    select(label('Scenario'), id),
    press('Enter', testId('force-scenario')),
  ];
}

export const MONEY_FLOWS: readonly Flow[] = [
  {
    name: "402 → a top-up that covers it → the form's own Generate: exactly one charge, and nothing offers to send it again",
    steps: [
      ...refusedThenTopUp('A heron in the reeds at first light', 1, 50),
      // The banner read the balance: 50 covers 10.
      expectThat(BANNER_STATUS('Your balance is topped up.'), { visible: true }),
      expectThat(GENERATE_AGAIN, { visible: true }),
      back(),
      expectThat(h1('New generation'), { visible: true }),
      expectThat(PROMPT, { value: 'A heron in the reeds at first light' }),
      // The user sends it from its form: that uses the kept request up.
      press('Enter', SUBMIT),
      ...expectGenerationCreated(),
      expectThat(GENERATE_AGAIN, { count: 0 }),
      expectThat(text(/Your balance is topped up/), { count: 0 }),
      axe('sent from its form: nothing offers it again'),
      press('Enter', navLink('Billing')),
      expectThat(h1('Billing'), { visible: true }),
      expectThat(text(/^Generation gen_\w+ \(1 × 10 xTokens\)$/), { count: 1 }),
      expectThat(testId('balance'), { containsText: '40' }),
    ],
  },
  {
    name: 'an insufficient top-up: the banner says how much is still missing, with Top up, and offers nothing to send',
    steps: [
      ...refusedThenTopUp('Three foxes in the snow', 3, 20),
      expectThat(BANNER_STATUS('Your balance is 20 xTokens. Add at least 10 more to send this request.'), { visible: true }),
      expectThat(role('link', 'Top up', { within: ACCOUNT_NOTICES }), { visible: true }),
      expectThat(role('button', 'Check again', { within: ACCOUNT_NOTICES }), { visible: true }),
      expectThat(GENERATE_AGAIN, { count: 0 }),
      expectThat(text(/Your balance is topped up/), { count: 0 }),
      axe('an insufficient top-up'),
      screenshot('payment_required_short'),
    ],
  },
  {
    name: '402 → pay → back → "Generate again": sent once with the typed prompt; focus on the message that says so',
    steps: [
      ...refusedThenTopUp('A kingfisher over the river', 2, 100),
      back(),
      expectThat(PROMPT, { value: 'A kingfisher over the river' }),
      press('Enter', css('a.demo-skip-link')),
      tabTo(/^Generate again$/, { back: true }),
      press('Enter'),
      expectThat(BANNER_STATUS('Your request was sent again.'), { focused: true }),
      ...expectGenerationCreated(),
      expectThat(GENERATE_AGAIN, { count: 0 }),
      axe('sent again'),
      click(role('link', /View generation gen_/)),
      expectThat(text('A kingfisher over the river', { first: true }), { visible: true }),
    ],
  },
  {
    name: '"I\'ve topped up" before paying: it checks with backoff, then says how much is missing',
    timeout: 45_000,
    steps: [
      openScenario('payment_required'),
      ...fillGenerationForm({ count: 1 }),
      press('Enter', SUBMIT),
      expectThat(ACCOUNT_NOTICES, { containsText: 'Your xTokens balance is too low for this request' }),
      press('Enter', role('button', "I've topped up", { within: ACCOUNT_NOTICES })),
      expectThat(BANNER_STATUS('Checking your balance…'), { visible: true }),
      expectThat(BANNER_STATUS('Your balance is 0 xTokens. Add at least 10 more to send this request.'), { visible: true }, { timeout: 25_000 }),
      axe('the balance does not cover it yet'),
    ],
  },
  {
    name: 'a typed prompt survives a background 401 (the form hidden, kept) and "Check again", which brings it back with focus before it',
    steps: [
      goto('/generations/new'),
      expectThat(BALANCE_LINE, { containsText: 'You have 120 xTokens.' }),
      fill(PROMPT, 'A prompt I spent minutes on'),
      // A background read answers 401 once (a proxy session expiring); the key itself works.
      ...forceScenario('stray_401'),
      expectThat(UNAUTHORIZED, { focused: true }),
      expectThat(PROMPT, { visible: true }, { not: true }),
      axe('a background 401: the form kept, hidden'),
      screenshot('stray_401'),
      tabTo(/^Check again$/),
      press('Enter'),
      expectThat(UNAUTHORIZED, { count: 0 }),
      expectThat(PROMPT, { value: 'A prompt I spent minutes on' }),
      expectThat(h1('New generation'), { focused: true }),
      expectThat(BALANCE_LINE, { containsText: 'You have 120 xTokens.' }),
    ],
  },
  {
    name: 'internal_error on the paid form: may or may not have gone through, a link to the generations list and to support with the request ID',
    steps: [
      openScenario('internal_error'),
      ...fillGenerationForm({ prompt: 'Did it go through?' }),
      press('Enter', SUBMIT),
      expectThat(SUMMARY, { focused: true }),
      expectThat(SUMMARY, { containsText: 'Your request may or may not have gone through' }),
      expectThat(SUMMARY, { containsText: /Request ID: req_/ }),
      expectThat(SUMMARY, { containsText: 'Try again' }, { not: true }),
      expectThat(role('link', 'Contact support', { within: SUMMARY }), { attribute: 'href', equals: '/support' }),
      press('Tab'),
      expectThat(role('link', 'Check your generations', { within: SUMMARY }), { focused: true }),
      axe('internal_error on the paid form'),
      screenshot('internal_error_paid'),
      press('Enter'),
      expectUrl(/\/generations$/),
      expectThat(GENERATION_LIST, { visible: true }),
    ],
  },
  {
    name: 'empty_500: Retry by keyboard loads the list, and focus is on its heading, never on <body>',
    steps: [
      openScenario('empty_500'),
      expectThat(role('heading', 'Something went wrong on our side'), { visible: true }, { timeout: 10_000 }),
      tabTo(/^Retry$/),
      press('Enter'),
      expectThat(GENERATION_LIST, { visible: true }),
      expectThat(h1('Generations'), { focused: true }),
    ],
  },
];

/** Two tabs of one key: a stray 401 in one, and the success that clears it in both (#21). */
export const MONEY_TABS_FLOWS: readonly Flow[] = [
  {
    name: 'a stray 401 in tab 1 reaches tab 2; tab 2 reloads and gets its own 200: not locked again, and tab 1 recovers too',
    steps: [
      ...inTab(2, openTab(), goto('/generations'), expectThat(GENERATION_LIST, { visible: true })),
      ...inTab(1, openTab(), openScenario('stray_401'), expectThat(UNAUTHORIZED, { visible: true })),
      ...inTab(2, expectThat(UNAUTHORIZED, { visible: true })),
      // The reload asks tab 1 what it knows (the 401) and reads the list itself (a 200, sent later).
      ...inTab(2, goto('/generations'), expectThat(GENERATION_LIST, { visible: true }), expectThat(UNAUTHORIZED, { count: 0 })),
      ...inTab(1, expectThat(UNAUTHORIZED, { count: 0 }), expectThat(PROMPT, { visible: true }), expectThat(BALANCE_LINE, { containsText: 'You have 120 xTokens.' })),
      ...inTab(2, expectThat(UNAUTHORIZED, { count: 0 })),
    ],
  },
];
