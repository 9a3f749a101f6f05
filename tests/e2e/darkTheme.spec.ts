import { expect, expectNoAxeViolations, openScenario, test } from './fixtures';
import { fillGenerationForm, submitButton } from './helpers';

// The tokens switch to dark under prefers-color-scheme: contrast must hold there too.
test.use({ colorScheme: 'dark' });

test.describe('dark theme', () => {
  test('pages and error states keep AA contrast', async ({ page }) => {
    await page.goto('/generations');
    await expect(page.getByTestId('generation-list')).toBeVisible();
    // The OS preference flips the token switches: the page and the demo's .xm-button really are dark.
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(21, 23, 27)');
    await expect(page.locator('#main').getByRole('link', { name: 'New generation' })).toHaveCSS('background-color', 'rgb(141, 178, 255)');
    await expectNoAxeViolations(page, 'dark: generations');

    await openScenario(page, 'storage_failed');
    await expect(page.getByRole('button', { name: 'Re-run prompt for image 4' })).toBeVisible();
    await expectNoAxeViolations(page, 'dark: storage_failed');

    await openScenario(page, 'validation_error');
    await fillGenerationForm(page);
    await submitButton(page).click();
    await expect(page.locator('.xm-error-summary')).toBeFocused();
    await expectNoAxeViolations(page, 'dark: validation_error');

    await openScenario(page, 'account_blocked');
    await expect(page.getByRole('heading', { name: 'Your xMode account has been blocked' })).toBeVisible();
    await expectNoAxeViolations(page, 'dark: account_blocked');
  });
});
