import { expect, expectNoAxeViolations, openScenario, saveScreenshot, test } from './fixtures';

// The generation list fed broken answers: each ends in a sane, designed state with a way
// on (Retry), never a blank page or an uncaught error (the fixture fails on those).
test.describe('bad input on the generation list', () => {
  test('network_error: one banner (the API is out of reach, the browser is online), one Try again that loads the list', async ({ page, allowConsoleError }) => {
    // HttpResponse.error() makes Chromium log the failed fetch itself.
    allowConsoleError(/^Failed to load resource: net::ERR_FAILED$/);
    await openScenario(page, 'network_error');
    await expect(page.getByText("We can't reach the xMode API")).toBeVisible({ timeout: 15_000 });
    // Not "You're offline": navigator.onLine is true, only the API did not answer.
    await expect(page.getByText("You're offline")).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(1);
    await expectNoAxeViolations(page, 'network_error');
    await saveScreenshot(page, 'network_error');
    await page.getByRole('button', { name: 'Try again' }).first().click();
    await expect(page.getByTestId('generation-list')).toBeVisible();
    await expect(page.getByText("We can't reach the xMode API")).toHaveCount(0);
  });

  test('html_502: a proxy HTML page → a server fault ("something went wrong") with Retry, no HTML rendered', async ({ page }) => {
    await openScenario(page, 'html_502');
    await expect(page.getByRole('heading', { name: 'Something went wrong on our side' })).toBeVisible({ timeout: 10_000 });
    await expect(page.getByText('502 Bad Gateway', { exact: true })).toHaveCount(0);
    await expect(page.locator('main center')).toHaveCount(0);
    await expectNoAxeViolations(page, 'html_502');
    await saveScreenshot(page, 'html_502');
    await page.getByRole('main').getByRole('button', { name: 'Retry' }).click();
    // A 502 is an outage for the circuit breaker: the retry waits for its window.
    await expect(page.getByTestId('generation-list')).toBeVisible({ timeout: 15_000 });
  });

  test('firewall_403: a firewall HTML page → "something between you and xMode answered", never "isn\'t allowed"', async ({ page }) => {
    await openScenario(page, 'firewall_403');
    await expect(page.getByRole('heading', { name: 'Something between you and xMode answered (HTTP 403)' })).toBeVisible({ timeout: 10_000 });
    await expect(page.getByText(/VPN or proxy/)).toBeVisible();
    await expect(page.getByText(/administrative rules|isn't allowed/)).toHaveCount(0);
    await expectNoAxeViolations(page, 'firewall_403');
    await saveScreenshot(page, 'firewall_403');
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
