import { expect, expectNoAxeViolations, openScenario, saveScreenshot, test } from './fixtures';
import { nav } from './helpers';

// Scenarios that show as soon as their page opens (SCENARIOS[id].path), or after one click.
test.describe('page scenarios', () => {
  test('unauthorized: /generations shows the key state; saving a new key in settings brings the list back', async ({ page }) => {
    await openScenario(page, 'unauthorized');
    const heading = page.getByRole('heading', { name: 'Your API key is missing or has been revoked' });
    await expect(heading).toBeFocused();
    await expect(page.getByText('Key ending in 0000')).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await expectNoAxeViolations(page, 'unauthorized');
    await saveScreenshot(page, 'unauthorized');

    await page.getByRole('link', { name: 'Go to API keys' }).click();
    await expect(page).toHaveURL(/\/settings$/);
    // The revoked key is gone from the list; the other one remains.
    await expect(page.getByTestId('key-list')).toHaveText(/Key ending in x3Fv/);
    await page.getByLabel('API key', { exact: true }).fill('xm_live_replacement12345678');
    await page.getByTestId('save-api-key').click();
    await expect(page.getByTestId('api-key-saved')).toContainText('ending in 5678');
    await expect(page.getByLabel('API key', { exact: true })).toHaveValue('');
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toContain('replacement');

    await nav(page).getByRole('link', { name: 'Generations', exact: true }).click();
    await expect(page.getByTestId('generation-list')).toBeVisible();
  });

  test('account_blocked: /generations shows the blocked screen; billing and settings still work', async ({ page }) => {
    await openScenario(page, 'account_blocked');
    const heading = page.getByRole('heading', { name: 'Your xMode account has been blocked' });
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByRole('link', { name: 'Contact support' })).toBeVisible();
    await expectNoAxeViolations(page, 'account_blocked');
    await saveScreenshot(page, 'account_blocked');

    await page.getByRole('link', { name: 'Go to billing' }).click();
    await expect(page).toHaveURL(/\/billing$/);
    await expect(page.getByTestId('balance')).toContainText('120');
    await page.getByLabel('Amount in xTokens').fill('30');
    await page.getByTestId('top-up-submit').click();
    await expect(page.getByTestId('top-up-done')).toContainText('Your balance is now 150 xTokens');
    await expect(page).not.toHaveTitle(/^Error: /);

    await nav(page).getByRole('link', { name: 'API keys' }).click();
    await expect(page.getByTestId('key-list')).toBeVisible();
    await nav(page).getByRole('link', { name: 'End-users' }).click();
    await expect(page.getByRole('heading', { name: 'Your xMode account has been blocked' })).toBeVisible();
  });

  test('forbidden: /end-users shows the no-access state with the server detail', async ({ page }) => {
    await openScenario(page, 'forbidden');
    await expect(page.getByRole('heading', { name: "Your API key isn't allowed to do this" })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Go to API keys' })).toHaveAttribute('href', '/settings');
    await expect(page.getByText('This API key does not have permission to list end-users.')).toBeVisible();
    await expect(page.getByRole('button', { name: /retry/i })).toHaveCount(0);
    await expectNoAxeViolations(page, 'forbidden');
    await saveScreenshot(page, 'forbidden');
  });

  test('not_found: /generations/gen_missing names what is missing', async ({ page }) => {
    await openScenario(page, 'not_found');
    await expect(page).toHaveURL(/\/generations\/gen_missing$/);
    await expect(page.getByRole('heading', { name: "We couldn't find generation gen_missing" })).toBeFocused();
    await expectNoAxeViolations(page, 'not_found');
    await saveScreenshot(page, 'not_found');
    await page.getByRole('link', { name: 'Back to generations' }).click();
    await expect(page.getByTestId('generation-list')).toBeVisible();
  });

  test('provider_error: the API client sends the list again 3 times ("Trying again…"), then the list\'s place offers Retry, which goes at once and loads it', async ({ page }) => {
    await openScenario(page, 'provider_error');
    const trying = page.getByRole('main').getByRole('status').filter({ hasText: 'The image provider is having trouble. Trying again…' });
    await expect(trying).toBeVisible();
    await expect(page.getByText('Loading generations…')).toBeVisible();
    await expectNoAxeViolations(page, 'provider_error: trying again');
    await expect(page.getByText('The image provider had a problem').first()).toBeVisible({ timeout: 15_000 });
    await expect(trying).toHaveCount(0);
    const retry = page.getByRole('main').getByRole('button', { name: 'Retry' });
    await expect(retry).toBeVisible();
    await expect(page.locator('[data-sonner-toast]')).toHaveCount(0);
    await expectNoAxeViolations(page, 'provider_error');
    await saveScreenshot(page, 'provider_error');
    // The provider's window is open now, but it holds generation requests only: a list read
    // (the user's Retry) goes at once.
    await retry.click();
    await expect(page.getByTestId('generation-list')).toBeVisible({ timeout: 3_000 });
  });

  test('provider_error: while the /v1 client waits out the provider, billing loads at once; the list recovers by itself', async ({ page }) => {
    await openScenario(page, 'provider_error');
    await expect(page.getByText('The image provider is having trouble. Trying again…')).toBeVisible();
    // /dashboard has its own API client and windows: billing loads at once.
    await nav(page).getByRole('link', { name: 'Billing' }).click();
    await expect(page.getByTestId('balance')).toBeVisible({ timeout: 2_000 });
    // Back on the list: its query refetches on mount and loads once the provider is back.
    await page.goBack();
    await expect(page.getByTestId('generation-list')).toBeVisible({ timeout: 20_000 });
  });

  test('rate_limited_list: the list keeps loading while the page\'s notice counts down the 429, then shows; no error, no toast', async ({ page }) => {
    const limited = page.waitForResponse((response) => new URL(response.url()).pathname === '/v1/generations' && response.status() === 429);
    await openScenario(page, 'rate_limited_list');
    await limited;
    await expect(page).toHaveURL(/\/generations$/);
    const notice = page.getByRole('main').locator('.xm-notice').filter({ hasText: 'Too many requests' });
    // Said once by the notice's live region; the seconds are visible but not announced.
    await expect(notice.getByRole('status')).toContainText('Too many requests');
    await expect(notice.getByText(/^Trying again in [123] s$/)).toHaveAttribute('aria-hidden', 'true');
    await expect(page.getByText('Loading generations…')).toBeVisible();
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(0);
    await expectNoAxeViolations(page, 'rate_limited_list: waiting');
    await saveScreenshot(page, 'rate_limited_list');
    // The API client sends the list again when the window ends: it loads, the notice goes.
    await expect(page.getByRole('link', { name: 'A lighthouse at dusk, watercolor' })).toBeVisible({ timeout: 6_000 });
    await expect(page.getByText('Too many requests')).toHaveCount(0);
    await expect(page.locator('[data-sonner-toast]')).toHaveCount(0);
  });

  test('storage_failed: 1 placeholder, the detail readable in full; "Re-run prompt" pre-fills just the missing image, its cost on the button', async ({ page }) => {
    await openScenario(page, 'storage_failed');
    await expect(page).toHaveURL(/\/generations\/gen_demo_partial$/);
    const grid = page.getByRole('list', { name: 'Generated images' });
    await expect(grid.getByRole('img', { name: /for the prompt: Four seasons/ })).toHaveCount(3);
    await expect(grid.getByRole('img', { name: "Image 4 of 4 couldn't be saved" })).toBeVisible();
    await expect(page.getByText("1 of 4 images couldn't be saved")).toBeVisible();
    await expect(page.getByText('Image 4, details from xMode: The model produced the image but our storage layer failed to persist it. Safe to re-run the prompt.')).toBeVisible();
    const rerun = page.getByRole('button', { name: 'Re-run prompt for image 4' });
    await expect(rerun).toHaveCount(1);
    await expectNoAxeViolations(page, 'storage_failed');
    await saveScreenshot(page, 'storage_failed');

    await rerun.click();
    await expect(page).toHaveURL(/\/generations\/new$/);
    await expect(page.getByLabel('Prompt', { exact: true })).toHaveValue('Four seasons of the same oak tree');
    await expect(page.getByLabel("End-user's email")).toHaveValue('alice@example.com');
    await expect(page.getByLabel('Number of images')).toHaveValue('1');
    await expect(page.getByTestId('generate-submit')).toHaveText('Generate 1 image (10 xTokens)');
  });

  test('conflict: Delete → explanation → Block and delete → progress → the end-user is gone', async ({ page }) => {
    await openScenario(page, 'conflict');
    const row = page.getByTestId('end-user-alice@example.com');
    await row.getByRole('button', { name: 'Delete alice@example.com' }).click();

    await expect(page.getByRole('heading', { name: "alice@example.com can't be deleted yet" })).toBeFocused();
    await expect(row.getByText(/Block them so no new generations start/)).toBeVisible();
    await expectNoAxeViolations(page, 'conflict');
    await saveScreenshot(page, 'conflict');

    await row.getByRole('button', { name: 'Block and delete when their generations finish' }).click();
    await expect(page.getByTestId('end-user-notice')).toHaveText('alice@example.com has been deleted.', { timeout: 10_000 });
    await expect(row).toHaveCount(0);
    await expect(page.getByTestId('end-user-notice')).toBeFocused();
    await expectNoAxeViolations(page, 'conflict: deleted');
  });

  test('conflict for real: busy@example.com is blocked, waited for and deleted', async ({ page }) => {
    await page.goto('/end-users');
    const row = page.getByTestId('end-user-busy@example.com');
    await expect(row).toContainText('2 generations running');
    await row.getByRole('button', { name: 'Delete busy@example.com' }).click();
    await row.getByRole('button', { name: 'Block and delete when their generations finish' }).click();
    await expect(row.getByRole('status').filter({ hasText: /Blocked\./ })).toBeVisible();
    // The row agrees with the flow: blocked, and no stale "2 generations running" beside it.
    await expect(row.locator('.demo-list__row')).toContainText('Blocked');
    await expect(row.locator('.demo-list__row')).not.toContainText('running');
    await expect(page.getByTestId('end-user-notice')).toHaveText('busy@example.com has been deleted.', { timeout: 15_000 });
    await expect(row).toHaveCount(0);
  });
});
