/**
 * Scenarios that show as soon as their page opens (SCENARIOS[id].path), or after one
 * click: the state, its focus and title, axe, and the way on.
 */
import { axe, back, click, css, expectThat, expectStorageLacks, expectTitle, expectUrl, fill, label, openScenario, goto, press, role, screenshot, testId, text, wait, type Flow } from './flow';
import { EMAIL, END_USER_NOTICE, GENERATION_LIST, IMAGE_COUNT, MAIN, PROMPT, SUBMIT, endUserRow, h1, navLink } from './demo';

const BLOCKED = role('heading', 'Your xMode account has been blocked');
const grid = role('list', 'Generated images');
const alice = endUserRow('alice@example.com');
const busy = endUserRow('busy@example.com');

export const PAGE_SCENARIO_FLOWS: readonly Flow[] = [
  {
    name: 'unauthorized: /generations shows the key state; saving a new key in settings brings the list back',
    steps: [
      openScenario('unauthorized'),
      expectThat(role('heading', 'Your API key is missing or has been revoked'), { focused: true }),
      // The gate's state (first); the list's own, in place of the list it hides, is hidden with it.
      expectThat(text('Key ending in 0000', { first: true }), { visible: true }),
      expectTitle(/^Error: /),
      axe('unauthorized'),
      screenshot('unauthorized'),
      click(role('link', 'Go to API keys')),
      expectUrl(/\/settings$/),
      // The revoked key is gone from the list; the other one remains.
      expectThat(testId('key-list'), { text: /Key ending in x3Fv/ }),
      fill(label('API key'), 'xm_live_replacement12345678'),
      click(testId('save-api-key')),
      expectThat(testId('api-key-saved'), { containsText: /ending in 5678/ }),
      expectThat(label('API key'), { value: '' }),
      expectStorageLacks('replacement'),
      click(navLink('Generations')),
      expectThat(GENERATION_LIST, { visible: true }),
    ],
  },
  {
    name: 'account_blocked: /generations shows the blocked screen; billing and settings still work',
    steps: [
      openScenario('account_blocked'),
      expectThat(BLOCKED, { focused: true }),
      expectTitle(/^Error: /),
      expectThat(role('link', 'Contact support'), { visible: true }),
      axe('account_blocked'),
      screenshot('account_blocked'),
      click(role('link', 'Go to billing')),
      expectUrl(/\/billing$/),
      expectThat(testId('balance'), { containsText: /120/ }),
      fill(label('Amount in xTokens'), '30'),
      click(testId('top-up-submit')),
      expectThat(testId('top-up-done'), { containsText: /Your balance is now 150 xTokens/ }),
      expectTitle(/^Error: /, { not: true }),
      click(navLink('API keys')),
      expectThat(testId('key-list'), { visible: true }),
      click(navLink('End-users')),
      expectThat(BLOCKED, { visible: true }),
    ],
  },
  {
    name: 'forbidden: /end-users shows the no-access state with the server detail',
    steps: [
      openScenario('forbidden'),
      expectThat(role('heading', "Your API key isn't allowed to do this"), { visible: true }),
      expectThat(role('link', 'Go to API keys', { within: MAIN }), { attribute: 'href', equals: '/settings' }),
      expectThat(text(/This API key does not have permission to list end-users\./), { visible: true }),
      expectThat(role('button', /retry/i), { count: 0 }),
      axe('forbidden'),
      screenshot('forbidden'),
    ],
  },
  {
    name: 'not_found: /generations/gen_missing names what is missing',
    steps: [
      openScenario('not_found'),
      expectUrl(/\/generations\/gen_missing$/),
      expectThat(role('heading', "We couldn't find generation gen_missing"), { focused: true }),
      axe('not_found'),
      screenshot('not_found'),
      click(role('link', 'Back to generations')),
      expectThat(GENERATION_LIST, { visible: true }),
    ],
  },
  {
    name: 'provider_error: the API client sends the list again 3 times ("Trying again…"), then the list\'s place offers Retry, which goes at once and loads it',
    steps: [
      openScenario('provider_error'),
      expectThat(role('status', undefined, { within: MAIN, hasText: 'The image provider is having trouble. Trying again…' }), { visible: true }),
      expectThat(text('Loading generations…'), { visible: true }),
      axe('provider_error: trying again'),
      expectThat(text(/The image provider had a problem/, { first: true }), { visible: true }, { timeout: 15_000 }),
      expectThat(text(/The image provider is having trouble/), { count: 0 }),
      expectThat(role('button', 'Retry', { within: MAIN }), { visible: true }),
      expectThat(css('[data-sonner-toast]'), { count: 0 }),
      axe('provider_error'),
      screenshot('provider_error'),
      // The provider's window is open now, but it holds generation requests only: a list read
      // (the user's Retry) goes at once.
      press('Enter', role('button', 'Retry', { within: MAIN })),
      expectThat(GENERATION_LIST, { visible: true }, { timeout: 3_000 }),
      // Focus went from the pressed Retry to the heading of what replaced it (#21).
      expectThat(h1('Generations'), { focused: true }),
    ],
  },
  {
    name: 'provider_error: while the /v1 client waits out the provider, billing loads at once; the list recovers by itself',
    timeout: 45_000,
    steps: [
      openScenario('provider_error'),
      expectThat(text(/The image provider is having trouble\. Trying again…/, { first: true }), { visible: true }),
      // /dashboard has its own API client and windows: billing loads at once.
      click(navLink('Billing')),
      expectThat(testId('balance'), { visible: true }, { timeout: 2_000 }),
      // Back on the list: its query refetches on mount and loads once the provider is back.
      back(),
      expectThat(GENERATION_LIST, { visible: true }, { timeout: 20_000 }),
    ],
  },
  {
    name: 'rate_limited_list: the list keeps loading while the page\'s notice counts down the 429, then shows; no error, no toast',
    steps: [
      openScenario('rate_limited_list'),
      expectUrl(/\/generations$/),
      // Said once by the notice's live region; the seconds are visible but not announced.
      expectThat(role('status', undefined, { within: css('main .xm-notice'), hasText: 'Too many requests' }), { visible: true }),
      expectThat(text(/^Trying again in [123] s$/), { attribute: 'aria-hidden', equals: 'true' }),
      expectThat(text('Loading generations…'), { visible: true }),
      expectThat(role('heading', undefined, { within: MAIN, level: 2 }), { count: 0 }),
      axe('rate_limited_list: waiting'),
      screenshot('rate_limited_list'),
      // The API client sends the list again when the window ends: it loads, the notice goes.
      expectThat(role('link', 'A lighthouse at dusk, watercolor'), { visible: true }, { timeout: 6_000 }),
      expectThat(text(/Too many requests/), { count: 0 }),
      expectThat(css('[data-sonner-toast]'), { count: 0 }),
    ],
  },
  {
    name: 'storage_failed: 1 placeholder, in plain words; "Re-run prompt" pre-fills just the missing image, says what it re-runs, its cost on the button',
    steps: [
      openScenario('storage_failed'),
      expectUrl(/\/generations\/gen_demo_partial$/),
      expectThat(role('img', /for the prompt: Four seasons/, { within: grid }), { count: 3 }),
      expectThat(role('img', "Image 4 of 4 couldn't be saved", { within: grid }), { visible: true }),
      expectThat(text("1 of 4 images couldn't be saved"), { visible: true }),
      // The marker's detail is for logs; no "Status: Succeeded" above the summary (#25).
      expectThat(text(/storage layer|details from xMode/), { count: 0 }),
      expectThat(text(/^Status:/), { count: 0 }),
      expectThat(role('button', 'Re-run prompt for image 4'), { count: 1 }),
      axe('storage_failed'),
      screenshot('storage_failed'),
      click(role('button', 'Re-run prompt for image 4')),
      expectUrl(/\/generations\/new$/),
      expectThat(PROMPT, { value: 'Four seasons of the same oak tree' }),
      expectThat(EMAIL, { value: 'alice@example.com' }),
      expectThat(IMAGE_COUNT, { value: '1' }),
      expectThat(SUBMIT, { text: 'Generate 1 image (10 xTokens)' }),
      expectThat(testId('rerun-note'), { text: "Re-running the prompt of generation gen_demo_partial for the image that couldn't be saved. Check the details, then generate." }),
    ],
  },
  {
    name: 'conflict: Delete → explanation → Block and delete → progress → the end-user is gone',
    steps: [
      openScenario('conflict'),
      click(role('button', 'Delete alice@example.com', { within: alice })),
      expectThat(role('heading', "alice@example.com can't be deleted yet"), { focused: true }),
      expectThat(text(/Block them so no new generations start/, { within: alice }), { visible: true }),
      // The guided flow handles it: no toast says it again, now or a moment later (#25).
      wait(1_000),
      expectThat(css('[data-sonner-toast]'), { count: 0 }),
      axe('conflict'),
      screenshot('conflict'),
      click(role('button', 'Block and delete when their generations finish', { within: alice })),
      expectThat(END_USER_NOTICE, { text: 'alice@example.com has been deleted.' }, { timeout: 10_000 }),
      expectThat(alice, { count: 0 }),
      expectThat(END_USER_NOTICE, { focused: true }),
      expectThat(css('[data-sonner-toast]'), { count: 0 }),
      axe('conflict: deleted'),
    ],
  },
  {
    name: 'conflict for real: busy@example.com is blocked, waited for and deleted',
    steps: [
      goto('/end-users'),
      expectThat(busy, { containsText: /2 generations running/ }),
      click(role('button', 'Delete busy@example.com', { within: busy })),
      click(role('button', 'Block and delete when their generations finish', { within: busy })),
      expectThat(role('status', undefined, { within: busy, hasText: /Blocked\./ }), { visible: true }),
      // The row agrees with the flow: blocked, and no stale "2 generations running" beside it.
      expectThat(css('.demo-list__row', { within: busy }), { containsText: /Blocked/ }),
      expectThat(css('.demo-list__row', { within: busy }), { containsText: /running/ }, { not: true }),
      expectThat(END_USER_NOTICE, { text: 'busy@example.com has been deleted.' }, { timeout: 15_000 }),
      expectThat(busy, { count: 0 }),
    ],
  },
];
