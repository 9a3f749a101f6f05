import { expect, expectNoAxeViolations, openScenario, saveScreenshot, test } from './fixtures';
import { expectGenerationCreated, fillGenerationForm, nav, submitButton } from './helpers';

// Scenarios that show on the create-generation form after Submit (SCENARIOS[id].path = /generations/new).
test.describe('create-generation form scenarios', () => {
  test('validation_error: Submit → summary with a link per field, messages on the fields, input kept', async ({ page }) => {
    await openScenario(page, 'validation_error');
    await expect(page).toHaveURL(/\/generations\/new$/);
    await fillGenerationForm(page, { prompt: 'A cat in a hat', email: 'bob@example.com' });
    await submitButton(page).click();

    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: /End-user's email must be a valid email address/ })).toBeVisible();
    await expect(summary.getByRole('link', { name: /Prompt must be at most 1000 characters/ })).toBeVisible();
    const email = page.getByLabel("End-user's email");
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(/Error: End-user's email must be a valid email address/);
    await expect(page.getByLabel('Prompt', { exact: true })).toHaveValue('A cat in a hat');
    await expectNoAxeViolations(page, 'validation_error');
    await saveScreenshot(page, 'validation_error');

    // Editing a field drops its server message; a resubmit succeeds (the scenario was one-shot).
    await email.fill('bob@example.org');
    await expect(email).not.toHaveAttribute('aria-invalid', 'true');
    await submitButton(page).click();
    await expectGenerationCreated(page);
  });

  test('payment_required: Submit → the summary (one alert) links to Top up; the banner shows it too; top up in Billing clears it', async ({ page }) => {
    await openScenario(page, 'payment_required');
    await fillGenerationForm(page);
    await submitButton(page).click();

    const summary = page.locator('.xm-error-summary');
    await expect(summary).toBeFocused();
    const banner = page.getByRole('region', { name: 'Account notices' });
    await expect(banner).toContainText('Your xTokens balance is too low for this request');
    await expect(banner).toContainText('Balance: 0 xTokens');
    // The fix is one Tab from the focused summary.
    await page.keyboard.press('Tab');
    await expect(summary.getByRole('link', { name: /Top up your balance/ })).toBeFocused();
    await expect(page.getByRole('link', { name: 'Top up', exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'payment_required');
    await saveScreenshot(page, 'payment_required');

    await page.getByRole('link', { name: 'Top up', exact: true }).click();
    await expect(page).toHaveURL(/\/billing$/);
    await expect(page.getByTestId('balance')).toContainText('0');
    await page.getByLabel('Amount in xTokens').fill('50');
    await page.getByTestId('top-up-submit').click();
    await expect(page.getByTestId('top-up-done')).toContainText('Your balance is now 50 xTokens');
    await expect(page.getByText('Your xTokens balance is too low for this request')).toHaveCount(0);
    await expect(page.getByTestId('balance')).toContainText('50');

    await nav(page).getByRole('link', { name: 'New generation' }).click();
    await fillGenerationForm(page);
    await submitButton(page).click();
    await expectGenerationCreated(page);
  });

  test('content_policy: Submit → the filter advice on the prompt, prompt kept', async ({ page }) => {
    await openScenario(page, 'content_policy');
    await fillGenerationForm(page, { prompt: 'A perfectly ordinary prompt' });
    await submitButton(page).click();

    const prompt = page.getByLabel('Prompt', { exact: true });
    await expect(prompt).toHaveAttribute('aria-invalid', 'true');
    await expect(prompt).toHaveAccessibleDescription(/rejected by the content filter/);
    await expect(prompt).toHaveValue('A perfectly ordinary prompt');
    await expect(page.locator('.xm-error-summary')).toBeFocused();
    await expectNoAxeViolations(page, 'content_policy');
    await saveScreenshot(page, 'content_policy');
  });

  test('rate_limited: Submit → the wait on the blocked submit button (no notice, no error), then the generation is created by itself', async ({ page }) => {
    await openScenario(page, 'rate_limited');
    await fillGenerationForm(page);
    await submitButton(page).click();

    // The API client waits out the 429 and sends it again: the mutation never fails. The
    // form says the wait once, next to the action it blocks, as the button's description.
    await expect(submitButton(page)).toHaveAttribute('aria-disabled', 'true');
    await expect(submitButton(page)).toHaveAccessibleDescription(/^You can send again in [12] s$/);
    await expect(page.getByText(/^You can send again in [12] s$/)).toHaveCount(1);
    await expect(page.getByText('Too many requests')).toHaveCount(0);
    await expect(page.locator('.xm-error-summary')).toHaveCount(0);
    await expectNoAxeViolations(page, 'rate_limited');
    await saveScreenshot(page, 'rate_limited');

    await expectGenerationCreated(page);
    await expect(submitButton(page)).not.toHaveAttribute('aria-disabled', 'true');
    await expect(page.getByText(/You can send again/)).toHaveCount(0);
    await expect(page.locator('[data-sonner-toast]')).toHaveCount(0);
  });

  test('absurd_retry_after: Submit → a wait said as a time ("after 14:05"), never millions of seconds, no crash', async ({ page }) => {
    await openScenario(page, 'absurd_retry_after');
    await fillGenerationForm(page);
    await submitButton(page).click();

    // Capped at 10 minutes, longer than the client waits: the request fails at once and
    // the form's summary says when; the button names the same time.
    const summary = page.locator('.xm-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Too many requests');
    await expect(summary).toContainText(/You can send it again after \d{1,2}:\d{2}/);
    await expect(submitButton(page)).toHaveAttribute('aria-disabled', 'true');
    await expect(submitButton(page)).toHaveAccessibleDescription(/^You can send again after \d{1,2}:\d{2}/);
    const time = /after (\d{1,2}:\d{2}(?:\s?[AP]M)?)/;
    const inSummary = (await summary.textContent())?.match(time)?.[1];
    const onButton = (await page.locator('.xm-submit__status').textContent())?.match(time)?.[1];
    expect(inSummary).toBeDefined();
    expect(onButton, 'one deadline').toBe(inSummary);
    await expect(page.getByText(/\d{4,} s/)).toHaveCount(0);
    await expect(page.getByText(/by themselves/)).toHaveCount(0);
    await expectNoAxeViolations(page, 'absurd_retry_after');
    await saveScreenshot(page, 'absurd_retry_after');

    // Billing has its own client and 429 window: a /v1 wait never blocks a top-up.
    await nav(page).getByRole('link', { name: 'Billing' }).click();
    await page.getByLabel('Amount in xTokens').fill('20');
    await page.getByTestId('top-up-submit').click();
    await expect(page.getByTestId('top-up-done')).toContainText('Added 20 xTokens');
  });

  test('provider_timeout: Submit → "Trying again…" while the API client waits out the provider, then the generation is created', async ({ page }) => {
    await openScenario(page, 'provider_timeout');
    await fillGenerationForm(page);
    await submitButton(page).click();

    // The provider's first window is short (a fraction of a second): the state is checked as it passes.
    const trying = page.getByRole('status').filter({ hasText: 'The image provider is having trouble. Trying again…' });
    await expect(trying).toBeVisible();
    await expect(submitButton(page)).toHaveAttribute('aria-disabled', 'true');
    await saveScreenshot(page, 'provider_timeout');
    await expectGenerationCreated(page);
    await expect(trying).toHaveCount(0);
    await expect(page.getByText('The image provider is taking too long')).toHaveCount(0);
    await expectNoAxeViolations(page, 'provider_timeout: created');
  });

  test('internal_error: Submit → the form message with the request ID, no toast; the form keeps its input', async ({ page }) => {
    await openScenario(page, 'internal_error');
    await fillGenerationForm(page, { prompt: 'Keep me' });
    await submitButton(page).click();

    const summary = page.locator('.xm-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Something went wrong on our side');
    await expect(summary).toContainText(/Request ID: req_/);
    // The form shows it: a toast would say it a second time.
    await page.waitForTimeout(500);
    await expect(page.locator('[data-sonner-toast]')).toHaveCount(0);
    await expect(page.getByLabel('Prompt', { exact: true })).toHaveValue('Keep me');
    await expectNoAxeViolations(page, 'internal_error');
    await saveScreenshot(page, 'internal_error');
  });

  test('hostile_fields: Submit → bounded plain-text messages, no injected markup, page still works', async ({ page }) => {
    await openScenario(page, 'hostile_fields');
    await fillGenerationForm(page);
    await submitButton(page).click();

    const summary = page.locator('.xm-error-summary');
    await expect(summary).toBeFocused();
    expect(await summary.locator('li').count()).toBeLessThanOrEqual(21); // at most 20 listed + "and N more problems"
    await expect(summary).toContainText(/And \d+ more problems\./);
    await expect(page.locator('script:not([src])')).toHaveCount(0);
    await expect(page.locator('main img[src="x"], main a[href^="javascript:"], main b')).toHaveCount(0);
    await expect(summary).not.toContainText('xm_live_LeakedKey');
    expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
    await expectNoAxeViolations(page, 'hostile_fields');
    await saveScreenshot(page, 'hostile_fields');

    await fillGenerationForm(page, { prompt: 'Still works' });
    await submitButton(page).click();
    await expectGenerationCreated(page);
  });
});
