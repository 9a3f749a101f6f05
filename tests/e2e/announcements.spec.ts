import { mkdir, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { installLiveRecorder, type LiveEntry } from '../support/liveRecorder';
import { expect, openScenario, test } from './fixtures';
import { expectGenerationCreated, fillGenerationForm, submitButton } from './helpers';

/**
 * One voice per cause, in the real demo: for every scenario, the text that enters live
 * regions (role alert/status, aria-live, sonner's toaster, inserted alerts) names the
 * cause exactly once. The log of each scenario is saved as
 * test-results/announcements/<id>.json.
 */
interface VoiceCase {
  id: string;
  /** Words that name the cause; an announcement that matches them speaks for it. */
  cause: RegExp;
  /** What the user does after the page opened. */
  act?: (page: Page) => Promise<void>;
  /** Visible once the state is there (and has had time to say everything). */
  settled: (page: Page) => Promise<void>;
  /** Another thing said exactly once in the same run (the outcome after a quiet wait). */
  outcome?: RegExp;
}

const submit = async (page: Page) => {
  await fillGenerationForm(page);
  await submitButton(page).click();
};
const summaryShown = async (page: Page) => {
  await expect(page.locator('.xm-error-summary')).toBeFocused();
};
const heading = (name: RegExp) => async (page: Page) => {
  await expect(page.getByRole('heading', { name })).toBeVisible({ timeout: 15_000 });
};

const CASES: VoiceCase[] = [
  { id: 'validation_error', cause: /must be a valid email address/, act: submit, settled: summaryShown },
  { id: 'payment_required', cause: /balance is too low|Top up/, act: submit, settled: summaryShown },
  { id: 'content_policy', cause: /content filter/, act: submit, settled: summaryShown },
  // The API client waits out the 429 and sends it again: the wait is said once, politely
  // (its seconds are the submit button's description, never announced), and so is the outcome (#25).
  { id: 'rate_limited', cause: /Too many requests|You can send/, act: submit, settled: (page) => expectGenerationCreated(page), outcome: /Generation started/ },
  { id: 'absurd_retry_after', cause: /Too many requests/, act: submit, settled: summaryShown },
  { id: 'provider_timeout', cause: /image provider/, act: submit, settled: (page) => expectGenerationCreated(page) },
  { id: 'internal_error', cause: /Something went wrong/, act: submit, settled: summaryShown },
  { id: 'hostile_fields', cause: /There is a problem/, act: submit, settled: summaryShown },
  { id: 'unauthorized', cause: /API key is missing|valid API key/, settled: heading(/API key is missing/) },
  { id: 'account_blocked', cause: /account has been blocked|paused for this account/, settled: heading(/account has been blocked/) },
  { id: 'forbidden', cause: /isn't allowed|permission/, settled: heading(/isn't allowed/) },
  { id: 'not_found', cause: /couldn't find|may have been deleted/, settled: heading(/couldn't find/) },
  { id: 'provider_error', cause: /image provider had a problem/, settled: (page) => expect(page.getByRole('main').getByRole('button', { name: 'Retry' })).toBeVisible({ timeout: 15_000 }) },
  { id: 'storage_failed', cause: /couldn't be saved/, settled: (page) => expect(page.getByRole('button', { name: /Re-run prompt for image 4/ })).toBeVisible() },
  {
    id: 'conflict',
    cause: /still have generations/,
    act: (page) => page.getByTestId('end-user-alice@example.com').getByRole('button', { name: 'Delete alice@example.com' }).click(),
    settled: heading(/can't be deleted yet/),
  },
  { id: 'network_error', cause: /offline|can't reach/i, settled: (page) => expect(page.getByRole('button', { name: 'Try again' }).first()).toBeVisible({ timeout: 15_000 }) },
  { id: 'html_502', cause: /Something went wrong/, settled: heading(/Something went wrong/) },
  { id: 'firewall_403', cause: /Something between you and xMode/, settled: heading(/Something between you and xMode/) },
  { id: 'empty_500', cause: /Something went wrong/, settled: heading(/Something went wrong/) },
  { id: 'truncated_json', cause: /unexpected response/, settled: heading(/unexpected response/) },
];

/** Long enough for a deferred toast or banner announcement to have happened, in ms. */
const SETTLE_MS = 1_500;

test.describe('one announcement per cause', () => {
  for (const { id, cause, act, settled, outcome } of CASES) {
    test(`${id}: the cause is announced exactly once`, async ({ page }) => {
      await page.addInitScript(installLiveRecorder);
      await openScenario(page, id);
      await act?.(page);
      await settled(page);
      await page.waitForTimeout(SETTLE_MS);
      const log = await page.evaluate(() => (window as unknown as { __xmLiveLog: LiveEntry[] }).__xmLiveLog);
      await mkdir('test-results/announcements', { recursive: true });
      await writeFile(`test-results/announcements/${id}.json`, JSON.stringify(log, null, 2));
      const ofCause = log.filter((entry) => cause.test(entry.text)).map((entry) => `${entry.politeness}: ${entry.text}`);
      expect(ofCause, `announcements of ${id}`).toHaveLength(1);
      if (outcome) expect(log.filter((entry) => outcome.test(entry.text)), `announcements of ${id}'s outcome`).toHaveLength(1);
    });
  }
});
