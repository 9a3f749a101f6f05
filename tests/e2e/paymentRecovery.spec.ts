import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openScenario, test } from './fixtures';
import { fillGenerationForm } from './helpers';

/** Presses Tab until the focused element's name matches; fails after `max` presses. Returns the presses. */
async function tabTo(page: Page, name: RegExp, max = 60): Promise<number> {
  for (let press = 1; press <= max; press += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? '');
    if (name.test(focused)) return press;
  }
  throw new Error(`Focus never reached ${name}`);
}

test.describe('a 402 that recovers in one action', () => {
  test('402 on the form → Top up → pay → back → "Generate again": created with the original prompt, keyboard only', async ({ page }) => {
    const prompt = 'A heron in the reeds at first light';
    await openScenario(page, 'payment_required');
    await expect(page.getByRole('heading', { level: 1, name: 'New generation' })).toBeVisible();
    await fillGenerationForm(page, { prompt, count: 2 });
    await page.getByTestId('generate-submit').focus();
    await page.keyboard.press('Enter');
    const banner = page.getByRole('region', { name: 'Account notices' });
    // Shown in the banner; said once, by the form's summary (one voice per cause).
    await expect(banner.getByText('Your xTokens balance is too low for this request')).toBeVisible();

    // To billing by keyboard, and pay.
    await page.getByRole('link', { name: 'Skip to main content' }).focus();
    await tabTo(page, /^Top up$/);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Billing' })).toBeVisible();
    await page.getByTestId('top-up-submit').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('top-up-done')).toContainText('Added 100 xTokens');

    // After paying: 1. back to the form, which still holds what was typed…
    await expect(banner.getByRole('status').filter({ hasText: 'Your balance is topped up.' })).toBeVisible();
    // The browser's Back (Alt+Left for a keyboard user; headless Chromium has no browser shortcuts).
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'New generation' })).toBeVisible();
    await expect(page.getByLabel('Prompt', { exact: true })).toHaveValue(prompt);
    await expectNoAxeViolations(page, 'balance back, form restored');
    // …2. "Generate again".
    await page.getByRole('link', { name: 'Skip to main content' }).focus();
    await tabTo(page, /^Generate again$/);
    await page.keyboard.press('Enter');

    await expect(banner.getByRole('status').filter({ hasText: 'Your request was sent again.' })).toBeVisible();
    await expect(page.getByTestId('generation-created')).toContainText('Generation started');
    await page.getByRole('link', { name: /View generation gen_/ }).click();
    await expect(page.getByText(prompt).first()).toBeVisible();
  });

  test('"I\'ve topped up" re-checks the balance and says what it found', async ({ page }) => {
    await openScenario(page, 'payment_required');
    await fillGenerationForm(page);
    await page.getByTestId('generate-submit').click();
    const banner = page.getByRole('region', { name: 'Account notices' });
    await expect(banner.getByText('Your xTokens balance is too low for this request')).toBeVisible();
    await banner.getByRole('button', { name: "I've topped up" }).click();
    await expect(banner.getByRole('status').filter({ hasText: 'Checking your balance…' })).toBeVisible();
    await expect(banner.getByRole('status').filter({ hasText: "We don't see your top-up yet" })).toBeVisible({ timeout: 20_000 });
    await expectNoAxeViolations(page, 'balance not topped up yet');
  });
});
