/**
 * Seen once, too (#25): what is announced once is shown once. A wait appears at most once
 * in the visible text, next to the action it blocks; no toast for a cause an inline flow
 * handles; toasts stay clear of the navigation and the focused element at 320 px, with
 * close targets of 24 px; and `?locale=ar-XB` lays the module's surfaces out right to left,
 * axe clean, with no horizontal overflow at 320 px.
 */
import {
  axe,
  click,
  css,
  expectPage,
  expectThat,
  expectVisibleTextAtMost,
  goto,
  openScenario,
  press,
  role,
  select,
  label,
  screenshot,
  testId,
  viewport,
  type Flow,
  type Step,
} from './flow';
import { GENERATION_LIST, SUBMIT, endUserRow, expectGenerationCreated, fillGenerationForm, h1 } from './demo';

const SUMMARY = css('.xm-error-summary');
const TOAST = '[data-sonner-toast]';
/** A wait as the module says it: "in 3 s", "after 9:40 AM". */
const A_WAIT = /\b\d+ s\b|\d{1,2}:\d{2}/;
/** The app's content and its page-wide notices (the footer's scenario panel describes waits of its own). */
const SCREEN = 'main, [aria-label="Account notices"], [data-sonner-toaster]';
/** The narrowest width the module supports, and a phone's height. */
const NARROW = viewport(320, 640);

/** `?locale=ar-XB` with a scenario: the page right to left, the module's copy mirrored. */
const openRtl = (id: string, heading: RegExp): Step[] => [goto(`/?scenario=${id}&locale=ar-XB`), expectThat(h1(heading), { visible: true })];
/** The module's surfaces on screen run right to left; nothing overflows sideways; axe is clean. */
const rtlChecks = (state: string, surfaces: string): Step[] => [
  expectThat(css('html'), { attribute: 'dir', equals: 'rtl' }),
  expectPage({ direction: { css: surfaces, is: 'rtl' } }),
  expectPage({ noHorizontalOverflow: true }),
  axe(`ar-XB: ${state}`),
  screenshot(`rtl_${state.replace(/\W+/g, '_')}`),
];

export const SEEN_ONCE_FLOWS: readonly Flow[] = [
  {
    name: 'absurd_retry_after: the time is on screen once, beside the button it blocks; the summary points there and drops its tabindex when focus leaves',
    steps: [
      openScenario('absurd_retry_after'),
      ...fillGenerationForm(),
      click(SUBMIT),
      expectThat(SUMMARY, { focused: true }),
      expectThat(SUMMARY, { attribute: 'tabindex', equals: '-1' }),
      expectThat(SUMMARY, { containsText: 'Too many requests. Wait before you send it again.' }),
      expectThat(SUBMIT, { description: /^You can send again after \d{1,2}:\d{2}/ }),
      expectVisibleTextAtMost(A_WAIT, 1, SCREEN),
      // GOV.UK: once focus has left the summary it is no longer focusable.
      press('Tab'),
      expectThat(SUMMARY, { attribute: 'tabindex', equals: '-1' }, { not: true }),
    ],
  },
  {
    name: 'rate_limited: the wait the client sits out is on screen once (the button), and gone with its cause',
    steps: [
      openScenario('rate_limited'),
      ...fillGenerationForm(),
      click(SUBMIT),
      expectThat(SUBMIT, { description: /^Too many requests: sending in [12] s$/ }),
      expectVisibleTextAtMost(A_WAIT, 1, SCREEN),
      expectVisibleTextAtMost(/Too many requests/, 1, SCREEN),
      ...expectGenerationCreated(),
      expectVisibleTextAtMost(/Too many requests|send again|sending in/, 0, SCREEN),
    ],
  },
  {
    name: 'rate_limited_list: the page says the wait once (its notice), then the notice goes with the window',
    steps: [
      openScenario('rate_limited_list'),
      expectThat(role('status', undefined, { within: css('main .xm-notice'), hasText: 'Too many requests' }), { visible: true }),
      expectVisibleTextAtMost(A_WAIT, 1, SCREEN),
      expectThat(GENERATION_LIST, { visible: true }, { timeout: 6_000 }),
      expectVisibleTextAtMost(/Too many requests|Trying again/, 0, SCREEN),
    ],
  },
  {
    name: '320 px: a toast stays clear of the navigation and the focused element; its close target is 24 px',
    steps: [
      NARROW,
      goto('/generations'),
      expectThat(GENERATION_LIST, { visible: true }),
      click(css('summary', { hasText: 'Scenarios' })),
      select(label('Scenario'), 'truncated_json'),
      click(testId('force-scenario')),
      expectThat(css(TOAST, { hasText: 'We got an unexpected response' }), { visible: true }, { timeout: 15_000 }),
      // Focus is on "Force on next request", low on the page: it scrolls clear of the toast.
      expectPage({ clearOf: { css: TOAST, of: ['header', 'nav'], focused: true } }),
      expectPage({ targetSize: { css: `${TOAST} [data-close-button]`, atLeast: 24 } }),
      // Focus moves up and down the page: the toast never lands on it.
      press('Shift+Tab'),
      expectPage({ clearOf: { css: TOAST, of: ['header', 'nav'], focused: true } }),
      press('Tab'),
      press('Tab'),
      expectPage({ clearOf: { css: TOAST, of: ['header', 'nav'], focused: true } }),
      axe('320 px: toast'),
      screenshot('toast_320px_clear'),
    ],
  },
  {
    name: 'ar-XB: the form, its summary, the top-up banner and the button wait right to left at 320 px, axe clean',
    steps: [
      NARROW,
      ...openRtl('payment_required', /./),
      ...fillGenerationForm(),
      click(SUBMIT),
      expectThat(SUMMARY, { focused: true }),
      ...rtlChecks('payment_required', '.xm-error-summary, .xm-banner'),
      ...openRtl('absurd_retry_after', /./),
      ...fillGenerationForm(),
      click(SUBMIT),
      expectThat(SUMMARY, { focused: true }),
      ...rtlChecks('absurd_retry_after', '.xm-error-summary, .xm-submit'),
    ],
  },
  {
    name: 'ar-XB: page states right to left at 320 px (offline banner and its line, server fault, images, conflict flow), axe clean',
    timeout: 60_000,
    steps: [
      NARROW,
      ...openRtl('network_error', /./),
      expectThat(css('.xm-offline.xm-banner'), { visible: true }, { timeout: 15_000 }),
      ...rtlChecks('network_error', '.xm-banner, .xm-state__note'),
      ...openRtl('html_502', /./),
      expectThat(css('main .xm-state'), { visible: true }, { timeout: 10_000 }),
      ...rtlChecks('html_502', '.xm-state'),
      ...openRtl('storage_failed', /./),
      expectThat(css('.xm-image-placeholder'), { visible: true }),
      ...rtlChecks('storage_failed', '.xm-generation-images, .xm-image-placeholder'),
      ...openRtl('conflict', /./),
      click(role('button', 'Delete alice@example.com', { within: endUserRow('alice@example.com') })),
      expectThat(css('.xm-conflict-flow'), { visible: true }),
      ...rtlChecks('conflict', '.xm-conflict-flow'),
    ],
  },
];
