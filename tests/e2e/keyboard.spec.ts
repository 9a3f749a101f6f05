import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openScenario, test } from './fixtures';

/** Presses Tab (or Shift+Tab) until `name` has focus; fails after `max` presses. */
async function tabTo(page: Page, name: RegExp, { back = false, max = 40 } = {}): Promise<void> {
  for (let press = 0; press < max; press += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return `${element?.getAttribute('aria-label') ?? ''} ${element?.textContent ?? ''} ${element?.id ?? ''}`.trim();
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Focus never reached ${name}`);
}

test.describe('keyboard only', () => {
  test('create-generation form: skip link, error summary, links to fields, add a reference, submit', async ({ page }) => {
    await page.goto('/generations/new');
    await expect(page.getByRole('heading', { level: 1, name: 'New generation' })).toBeVisible();

    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const prompt = page.getByLabel('Prompt', { exact: true });
    await expect(prompt).toBeFocused();

    // Submit the empty form with Enter on the button.
    await tabTo(page, /Generate \d+ images?/);
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(['Enter a prompt that describes the image', "Enter the end-user's email address"]);
    await expectNoAxeViolations(page, 'keyboard: client errors');

    // First link → the prompt.
    await page.keyboard.press('Tab');
    await expect(summary.getByRole('link', { name: 'Enter a prompt that describes the image' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(prompt).toBeFocused();
    await page.keyboard.type('A fox in the snow');

    // Back into the summary with Shift+Tab, second link → the email field.
    await page.keyboard.press('Shift+Tab');
    await expect(summary.getByRole('link', { name: "Enter the end-user's email address" })).toBeFocused();
    await page.keyboard.press('Enter');
    const email = page.getByLabel("End-user's email");
    await expect(email).toBeFocused();
    await page.keyboard.type('fox@example.com');

    // Add a reference image with Space: the new field takes focus.
    await tabTo(page, /Add a reference image/, { back: true });
    await page.keyboard.press('Space');
    const reference = page.getByLabel('Reference image 1');
    await expect(reference).toBeFocused();
    await page.keyboard.type('https://example.com/fox.png');

    await tabTo(page, /Generate \d+ images?/);
    await page.keyboard.press('Space');
    await expect(page.getByTestId('generation-created')).toContainText('Generation started');
    await expect(prompt).toHaveValue('');
    await expectNoAxeViolations(page, 'keyboard: created');
  });

  test('conflict flow: Delete, Block and delete, focus follows each step', async ({ page }) => {
    await openScenario(page, 'conflict');
    await tabTo(page, /Delete alice@example\.com/);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: "alice@example.com can't be deleted yet" })).toBeFocused();

    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Block and delete when their generations finish' })).toBeFocused();
    await page.keyboard.press('Space');
    // The pressed button is gone: Cancel takes focus, then the result.
    await expect(page.getByTestId('end-user-notice')).toHaveText('alice@example.com has been deleted.', { timeout: 10_000 });
    await expect(page.getByTestId('end-user-notice')).toBeFocused();
    await expect(page.getByTestId('end-user-alice@example.com')).toHaveCount(0);
  });

  test('conflict flow: Cancel closes it (focus back on Delete); Cancel while waiting keeps the end-user blocked', async ({ page }) => {
    await page.goto('/end-users');
    const row = page.getByTestId('end-user-busy@example.com');
    await expect(row).toBeVisible();
    // Freeze the flow's poll timer so it stays in "waiting" (its generations would finish in ~2 checks).
    await page.clock.install();
    await tabTo(page, /Delete busy@example\.com/);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: "busy@example.com can't be deleted yet" })).toBeFocused();

    // Cancel straight away: the flow closes and focus returns to Delete.
    await tabTo(page, /^Cancel$/);
    await page.keyboard.press('Enter');
    const deleteButton = page.getByRole('button', { name: 'Delete busy@example.com' });
    await expect(deleteButton).toBeFocused();
    await expect(row.getByRole('heading')).toHaveCount(0);

    // Again, this time start: Cancel takes the pressed button's place, then stops the wait.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: "busy@example.com can't be deleted yet" })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    // Once blocked, Cancel says what it leaves behind.
    const cancel = row.getByRole('button', { name: 'Stop (busy@example.com stays blocked)' });
    await expect(cancel).toBeFocused();
    await expect(row.getByRole('status').filter({ hasText: /^Blocked\./ })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(row.getByText("Stopped. busy@example.com is still blocked and hasn't been deleted.")).toBeFocused();
    await expect(row).toContainText('Blocked');
    await expect(row.locator('.demo-list__row')).not.toContainText('running');
    await expectNoAxeViolations(page, 'conflict: cancelled');
    // The way back: unblock them, then close the flow (focus returns to Delete).
    await row.getByRole('button', { name: 'Unblock busy@example.com' }).click();
    await expect(row.getByText("busy@example.com is unblocked and hasn't been deleted.")).toBeVisible();
    await row.getByRole('button', { name: 'Close' }).click();
    await expect(deleteButton).toBeFocused();
    await expect(row).toContainText('Active');
  });
});
