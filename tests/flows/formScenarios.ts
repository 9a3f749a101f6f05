/** Scenarios that show on the create-generation form after Submit (SCENARIOS[id].path = /generations/new). */
import { axe, click, css, expectPrototypeClean, expectThat, expectUrl, fill, label, openScenario, press, role, screenshot, testId, text, wait, type Flow } from './flow';
import { ACCOUNT_NOTICES, EMAIL, PROBLEM_SUMMARY, PROMPT, SUBMIT, expectGenerationCreated, fillGenerationForm, navLink } from './demo';

const SUMMARY = css('.xm-error-summary');
const TOP_UP = role('link', 'Top up');

export const FORM_SCENARIO_FLOWS: readonly Flow[] = [
  {
    name: 'validation_error: Submit → summary with a link per field, messages on the fields, input kept',
    steps: [
      openScenario('validation_error'),
      expectUrl(/\/generations\/new$/),
      ...fillGenerationForm({ prompt: 'A cat in a hat', email: 'bob@example.com' }),
      click(SUBMIT),
      expectThat(PROBLEM_SUMMARY, { focused: true }),
      expectThat(role('link', /End-user's email must be a valid email address/, { within: PROBLEM_SUMMARY }), { visible: true }),
      expectThat(role('link', /Prompt must be at most 1000 characters/, { within: PROBLEM_SUMMARY }), { visible: true }),
      expectThat(EMAIL, { attribute: 'aria-invalid', equals: 'true' }),
      expectThat(EMAIL, { description: /Error: End-user's email must be a valid email address/ }),
      expectThat(PROMPT, { value: 'A cat in a hat' }),
      axe('validation_error'),
      screenshot('validation_error'),
      // Editing a field drops its server message; a resubmit succeeds (the scenario was one-shot).
      fill(EMAIL, 'bob@example.org'),
      expectThat(EMAIL, { attribute: 'aria-invalid', equals: 'true' }, { not: true }),
      click(SUBMIT),
      ...expectGenerationCreated(),
    ],
  },
  {
    name: 'payment_required: Submit → the summary (one alert) links to Top up; the banner shows it too; top up in Billing clears it',
    steps: [
      openScenario('payment_required'),
      ...fillGenerationForm(),
      click(SUBMIT),
      expectThat(SUMMARY, { focused: true }),
      expectThat(ACCOUNT_NOTICES, { containsText: 'Your xTokens balance is too low for this request' }),
      expectThat(ACCOUNT_NOTICES, { containsText: 'Balance: 0 xTokens' }),
      // The fix is one Tab from the focused summary.
      press('Tab'),
      expectThat(role('link', /Top up your balance/, { within: SUMMARY }), { focused: true }),
      expectThat(TOP_UP, { visible: true }),
      axe('payment_required'),
      screenshot('payment_required'),
      click(TOP_UP),
      expectUrl(/\/billing$/),
      expectThat(testId('balance'), { containsText: '0' }),
      fill(label('Amount in xTokens'), '50'),
      click(testId('top-up-submit')),
      expectThat(testId('top-up-done'), { containsText: 'Your balance is now 50 xTokens' }),
      expectThat(text(/Your xTokens balance is too low for this request/), { count: 0 }),
      expectThat(testId('balance'), { containsText: '50' }),
      click(navLink('New generation')),
      ...fillGenerationForm(),
      click(SUBMIT),
      ...expectGenerationCreated(),
    ],
  },
  {
    name: 'content_policy: Submit → the filter advice on the prompt, prompt kept',
    steps: [
      openScenario('content_policy'),
      ...fillGenerationForm({ prompt: 'A perfectly ordinary prompt' }),
      click(SUBMIT),
      expectThat(PROMPT, { attribute: 'aria-invalid', equals: 'true' }),
      expectThat(PROMPT, { description: /rejected by the content filter/ }),
      expectThat(PROMPT, { value: 'A perfectly ordinary prompt' }),
      expectThat(SUMMARY, { focused: true }),
      axe('content_policy'),
      screenshot('content_policy'),
    ],
  },
  {
    name: 'rate_limited: Submit → the wait on the blocked submit button (no notice, no error), then the generation is created by itself',
    steps: [
      openScenario('rate_limited'),
      ...fillGenerationForm(),
      click(SUBMIT),
      // The API client waits out the 429 and sends it again: the mutation never fails. The
      // form says the wait once, next to the action it blocks, as the button's description.
      expectThat(SUBMIT, { description: /^Too many requests: sending in [12] s$/ }),
      expectThat(text(/^Too many requests: sending in [12] s$/), { count: 1 }),
      expectThat(SUMMARY, { count: 0 }),
      expectThat(SUBMIT, { attribute: 'aria-disabled', equals: 'true' }),
      axe('rate_limited'),
      screenshot('rate_limited'),
      ...expectGenerationCreated(),
      expectThat(SUBMIT, { attribute: 'aria-disabled', equals: 'true' }, { not: true }),
      expectThat(text(/sending in|You can send again/), { count: 0 }),
      expectThat(css('[data-sonner-toast]'), { count: 0 }),
    ],
  },
  {
    name: 'absurd_retry_after: Submit → a wait said as a time ("after 14:05"), never millions of seconds, no crash',
    steps: [
      openScenario('absurd_retry_after'),
      ...fillGenerationForm(),
      click(SUBMIT),
      // Capped at 10 minutes, longer than the client waits: the request fails at once; the
      // summary says so, and the time once, beside the button it blocks (#25).
      expectThat(SUMMARY, { focused: true }),
      expectThat(SUMMARY, { containsText: 'Too many requests. Wait before you send it again.' }),
      expectThat(SUBMIT, { description: /^You can send again after \d{1,2}:\d{2}/ }),
      expectThat(text(/\d{4,} s/), { count: 0 }),
      expectThat(text(/by themselves/), { count: 0 }),
      expectThat(SUBMIT, { attribute: 'aria-disabled', equals: 'true' }),
      axe('absurd_retry_after'),
      screenshot('absurd_retry_after'),
      // Billing has its own client and 429 window: a /v1 wait never blocks a top-up.
      click(navLink('Billing')),
      fill(label('Amount in xTokens'), '20'),
      click(testId('top-up-submit')),
      expectThat(testId('top-up-done'), { containsText: 'Added 20 xTokens' }),
    ],
  },
  {
    name: 'provider_timeout: Submit → "Trying again…" while the API client waits out the provider, then the generation is created',
    steps: [
      openScenario('provider_timeout'),
      ...fillGenerationForm(),
      click(SUBMIT),
      expectThat(role('status', undefined, { hasText: 'The image provider is having trouble. Trying again…' }), { visible: true }),
      expectThat(SUBMIT, { attribute: 'aria-disabled', equals: 'true' }),
      axe('provider_timeout'),
      screenshot('provider_timeout'),
      ...expectGenerationCreated(),
      expectThat(text(/The image provider is having trouble/), { count: 0 }),
      expectThat(text(/The image provider is taking too long/), { count: 0 }),
    ],
  },
  {
    name: 'internal_error: Submit → the form message with the request ID, no toast; the form keeps its input',
    steps: [
      openScenario('internal_error'),
      ...fillGenerationForm({ prompt: 'Keep me' }),
      click(SUBMIT),
      expectThat(SUMMARY, { focused: true }),
      expectThat(SUMMARY, { containsText: 'Something went wrong on our side' }),
      expectThat(SUMMARY, { containsText: /Request ID: req_/ }),
      // The form shows it: a toast would say it a second time.
      wait(500),
      expectThat(css('[data-sonner-toast]'), { count: 0 }),
      expectThat(PROMPT, { value: 'Keep me' }),
      axe('internal_error'),
      screenshot('internal_error'),
    ],
  },
  {
    name: 'hostile_fields: Submit → bounded plain-text messages, no injected markup, page still works',
    steps: [
      openScenario('hostile_fields'),
      ...fillGenerationForm(),
      click(SUBMIT),
      expectThat(SUMMARY, { focused: true }),
      // At most 20 listed + "and N more problems".
      expectThat(css('li', { within: SUMMARY }), { countAtMost: 21 }),
      expectThat(SUMMARY, { containsText: /And \d+ more problems\./ }),
      expectThat(css('script:not([src])'), { count: 0 }),
      expectThat(css('main img[src="x"], main a[href^="javascript:"], main b'), { count: 0 }),
      expectThat(SUMMARY, { containsText: 'xm_live_LeakedKey' }, { not: true }),
      expectPrototypeClean(),
      axe('hostile_fields'),
      screenshot('hostile_fields'),
      ...fillGenerationForm({ prompt: 'Still works' }),
      click(SUBMIT),
      ...expectGenerationCreated(),
    ],
  },
];
