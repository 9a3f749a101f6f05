import { expect, expectNoAxeViolations, openScenario, saveScreenshot, test } from './fixtures';

// The generation list fed broken answers: each ends in a sane, designed state with a way
// on (Retry), never a blank page or an uncaught error (the fixture fails on those).
test.describe('bad input on the generation list', () => {
  test('network_error: the banner says it (the API is out of reach, the browser is online), the list\'s place quietly; Try again loads the list', async ({ page, allowConsoleError }) => {
    // HttpResponse.error() makes Chromium log the failed fetch itself.
    allowConsoleError(/^Failed to load resource: net::ERR_FAILED$/);
    await openScenario(page, 'network_error');
    const title = "We can't reach the xMode API";
    const banner = page.getByRole('region', { name: 'Account notices' });
    await expect(banner.getByText(title)).toBeVisible({ timeout: 15_000 });
    // The banner is the cause's one voice (its status region); the note in place of the
    // list shows it without a live region, with its own Try again.
    await expect(banner.getByRole('status')).toContainText(title);
    const note = page.getByRole('main').getByRole('heading', { name: title });
    await expect(note).toBeVisible();
    expect(await note.evaluate((heading) => heading.closest('[role="alert"], [role="status"], [aria-live]') === null)).toBe(true);
    // Not "You're offline": navigator.onLine is true, only the API did not answer.
    await expect(page.getByText("You're offline")).toHaveCount(0);
    await expectNoAxeViolations(page, 'network_error');
    await saveScreenshot(page, 'network_error');
    await page.getByRole('main').getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByTestId('generation-list')).toBeVisible();
    await expect(page.getByText(title)).toHaveCount(0);
  });

  test('html_502: a proxy HTML page → "unexpected response" with Retry, no HTML rendered', async ({ page }) => {
    await openScenario(page, 'html_502');
    await expect(page.getByRole('heading', { name: 'We got an unexpected response' })).toBeVisible({ timeout: 10_000 });
    await expect(page.getByText('502 Bad Gateway', { exact: true })).toHaveCount(0);
    await expect(page.locator('main center')).toHaveCount(0);
    await expectNoAxeViolations(page, 'html_502');
    await saveScreenshot(page, 'html_502');
    await page.getByRole('main').getByRole('button', { name: 'Retry' }).click();
    // A 502 is an outage: the API client sends the retry when its outage window allows.
    await expect(page.getByTestId('generation-list')).toBeVisible({ timeout: 15_000 });
  });

  test('empty_500: an empty 500 → "something went wrong" with Retry and support', async ({ page }) => {
    await openScenario(page, 'empty_500');
    await expect(page.getByRole('heading', { name: 'Something went wrong on our side' })).toBeVisible({ timeout: 10_000 });
    await expect(page.getByRole('main').getByRole('link', { name: 'Contact support' })).toBeVisible();
    await expectNoAxeViolations(page, 'empty_500');
    await saveScreenshot(page, 'empty_500');
    await page.getByRole('main').getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByTestId('generation-list')).toBeVisible();
  });

  test('truncated_json: a 200 with cut JSON → "unexpected response" with the request ID', async ({ page }) => {
    await openScenario(page, 'truncated_json');
    await expect(page.getByRole('heading', { name: 'We got an unexpected response' })).toBeVisible({ timeout: 10_000 });
    await expect(page.getByRole('main').getByText(/Request ID: req_/)).toBeVisible();
    await expectNoAxeViolations(page, 'truncated_json');
    await saveScreenshot(page, 'truncated_json');
    await page.getByRole('main').getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByTestId('generation-list')).toBeVisible();
  });
});
