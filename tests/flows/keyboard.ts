/** Keyboard-only runs of the main flows (Tab, Shift+Tab, Enter, Space), asserting where focus lands. */
import { axe, click, css, expectThat, goto, holdTimers, label, openScenario, press, role, tabTo, testId, text, type, type Flow } from './flow';
import { EMAIL, END_USER_NOTICE, PROBLEM_SUMMARY, PROMPT, endUserRow, h1 } from './demo';

const GENERATE = /Generate \d+ images?/;
const PROMPT_LINK = role('link', 'Enter a prompt that describes the image', { within: PROBLEM_SUMMARY });
const EMAIL_LINK = role('link', "Enter the end-user's email address", { within: PROBLEM_SUMMARY });
const busy = endUserRow('busy@example.com');
const BUSY_FLOW_HEADING = role('heading', "busy@example.com can't be deleted yet");
/** The conflict flow's check of the end-user's generations (EndUserRow's CONFLICT_POLL_MS). */
const CONFLICT_POLL_MS = 1_000;

export const KEYBOARD_FLOWS: readonly Flow[] = [
  {
    name: 'create-generation form: skip link, error summary, links to fields, add a reference, submit',
    steps: [
      goto('/generations/new'),
      expectThat(h1('New generation'), { visible: true }),
      press('Tab'),
      expectThat(role('link', 'Skip to main content'), { focused: true }),
      press('Enter'),
      press('Tab'),
      expectThat(PROMPT, { focused: true }),
      // Submit the empty form with Enter on the button.
      tabTo(GENERATE),
      press('Enter'),
      expectThat(PROBLEM_SUMMARY, { focused: true }),
      expectThat(role('link', undefined, { within: PROBLEM_SUMMARY }), { text: ['Enter a prompt that describes the image', "Enter the end-user's email address"] }),
      axe('keyboard: client errors'),
      // First link → the prompt.
      press('Tab'),
      expectThat(PROMPT_LINK, { focused: true }),
      press('Enter'),
      expectThat(PROMPT, { focused: true }),
      type('A fox in the snow'),
      // Back into the summary with Shift+Tab, second link → the email field.
      press('Shift+Tab'),
      expectThat(EMAIL_LINK, { focused: true }),
      press('Enter'),
      expectThat(EMAIL, { focused: true }),
      type('fox@example.com'),
      // Add a reference image with Space: the new field takes focus.
      tabTo(/Add a reference image/, { back: true }),
      press('Space'),
      expectThat(label('Reference image 1'), { focused: true }),
      type('https://example.com/fox.png'),
      tabTo(GENERATE),
      press('Space'),
      expectThat(testId('generation-created'), { containsText: 'Generation started' }),
      expectThat(PROMPT, { value: '' }),
      axe('keyboard: created'),
    ],
  },
  {
    name: 'conflict flow: Delete, Block and delete, focus follows each step',
    steps: [
      openScenario('conflict'),
      tabTo(/Delete alice@example\.com/),
      press('Enter'),
      expectThat(role('heading', "alice@example.com can't be deleted yet"), { focused: true }),
      press('Tab'),
      expectThat(role('button', 'Block and delete when their generations finish'), { focused: true }),
      press('Space'),
      // The pressed button is gone: Cancel takes focus, then the result.
      expectThat(END_USER_NOTICE, { text: 'alice@example.com has been deleted.' }, { timeout: 10_000 }),
      expectThat(END_USER_NOTICE, { focused: true }),
      expectThat(endUserRow('alice@example.com'), { count: 0 }),
    ],
  },
  {
    name: 'conflict flow: Cancel closes it (focus back on Delete); Cancel while waiting keeps the end-user blocked',
    steps: [
      goto('/end-users'),
      expectThat(busy, { visible: true }),
      // The flow's check never comes: it stays in "waiting" (its generations would finish in ~2 checks).
      holdTimers(CONFLICT_POLL_MS),
      tabTo(/Delete busy@example\.com/),
      press('Enter'),
      expectThat(BUSY_FLOW_HEADING, { focused: true }),
      // Cancel straight away: the flow closes and focus returns to Delete.
      tabTo(/^Cancel$/),
      press('Enter'),
      expectThat(role('button', 'Delete busy@example.com'), { focused: true }),
      expectThat(role('heading', undefined, { within: busy }), { count: 0 }),
      // Again, this time start: Cancel takes the pressed button's place, then stops the wait.
      press('Enter'),
      expectThat(BUSY_FLOW_HEADING, { focused: true }),
      press('Tab'),
      press('Space'),
      // Once blocked, Cancel says what it leaves behind.
      expectThat(role('button', 'Stop (busy@example.com stays blocked)', { within: busy }), { focused: true }),
      expectThat(role('status', undefined, { within: busy, hasText: /^Blocked\./ }), { visible: true }),
      press('Enter'),
      expectThat(text("Stopped. busy@example.com is still blocked and hasn't been deleted.", { within: busy }), { focused: true }),
      expectThat(busy, { containsText: 'Blocked' }),
      expectThat(css('.demo-list__row', { within: busy }), { containsText: 'running' }, { not: true }),
      axe('conflict: cancelled'),
      // The way back: unblock them, then close the flow (focus returns to Delete).
      click(role('button', 'Unblock busy@example.com', { within: busy })),
      expectThat(text("busy@example.com is unblocked and hasn't been deleted.", { within: busy }), { visible: true }),
      click(role('button', 'Close', { within: busy })),
      expectThat(role('button', 'Delete busy@example.com'), { focused: true }),
      expectThat(busy, { containsText: 'Active' }),
    ],
  },
];
