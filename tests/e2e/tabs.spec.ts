import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { fillGenerationForm, nav } from './helpers';

/**
 * Several tabs of the dashboard in one browser context (one origin, one key): what an
 * error taught one tab reaches the others over BroadcastChannel. Each page runs its own
 * mock API (MSW answers in the page), so a request another tab does not send is one its
 * own mock never sees.
 */

/** The `/v1` requests a page sends, with when (epoch ms, from the page's clock). */
function recordV1Requests(page: Page) {
  const sent: Array<{ path: string; at: number }> = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/v1/')) sent.push({ path: `${request.method()} ${url.pathname}`, at: Date.now() });
  });
  return sent;
}

async function openDashboard(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
}

test.describe('tabs of one dashboard', () => {
  test('a 429 in tab 1 holds the queries tabs 2 and 3 mount inside its window; all recover when it ends', async ({ context }) => {
    const [two, three] = [await context.newPage(), await context.newPage()];
    await openDashboard(two);
    await openDashboard(three);
    const sentByTwo = recordV1Requests(two);
    const sentByThree = recordV1Requests(three);

    const one = await context.newPage();
    const limited = one.waitForResponse((response) => new URL(response.url()).pathname === '/v1/generations' && response.status() === 429);
    await one.goto('/?scenario=rate_limited_list');
    await limited;
    const windowEndsAt = Date.now() + 3_000;

    // Inside the window, tabs 2 and 3 open the list: their queries wait instead of sending.
    for (const page of [two, three]) await nav(page).getByRole('link', { name: 'Generations' }).click();
    await two.waitForTimeout(1_000);
    expect(sentByTwo, 'tab 2 sent inside the window').toEqual([]);
    expect(sentByThree, 'tab 3 sent inside the window').toEqual([]);

    for (const page of [one, two, three]) {
      await expect(page.getByRole('heading', { level: 1, name: 'Generations' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'A lighthouse at dusk, watercolor' })).toBeVisible({ timeout: 6_000 });
    }
    for (const sent of [sentByTwo, sentByThree]) {
      const first = sent.find((line) => line.path === 'GET /v1/generations');
      expect(first, 'the list was loaded after the window').toBeDefined();
      // Sent when the window ended, not later (a little slack for the clock read above).
      expect(first!.at - windowEndsAt).toBeGreaterThan(-150);
      expect(first!.at - windowEndsAt).toBeLessThan(250);
    }
  });

  test('a blocked account found in tab 1 shows the blocked screen in tabs 2 and 3 without their sending', async ({ context }) => {
    const [two, three] = [await context.newPage(), await context.newPage()];
    await openDashboard(two);
    await openDashboard(three);
    const sentByTwo = recordV1Requests(two);
    const sentByThree = recordV1Requests(three);

    const one = await context.newPage();
    await one.goto('/?scenario=account_blocked');
    await expect(one.getByRole('heading', { name: 'Your xMode account has been blocked' })).toBeVisible();

    for (const page of [two, three]) {
      await nav(page).getByRole('link', { name: 'Generations' }).click();
      await expect(page.getByRole('heading', { name: 'Your xMode account has been blocked' })).toBeVisible();
    }
    expect(sentByTwo).toEqual([]);
    expect(sentByThree).toEqual([]);
  });

  test("a top-up in tab 2 takes tab 1's low-balance banner away within a second", async ({ context }) => {
    const two = await context.newPage();
    await two.goto('/billing');
    await expect(two.getByRole('heading', { level: 1, name: 'Billing' })).toBeVisible();

    const one = await context.newPage();
    await one.goto('/?scenario=payment_required');
    await fillGenerationForm(one);
    await one.getByTestId('generate-submit').click();
    const lowBalance = (page: Page) => page.getByRole('region', { name: 'Account notices' }).getByText('Your xTokens balance is too low');
    await expect(lowBalance(one)).toBeVisible();
    // Tab 2 learned it too, and announces it there (nothing else in tab 2 says it).
    await expect(lowBalance(two)).toBeVisible();
    await expect(two.getByRole('region', { name: 'Account notices' }).getByRole('alert')).toContainText('Your xTokens balance is too low');

    await two.getByTestId('top-up-submit').click();
    await expect(two.getByTestId('top-up-done')).toContainText('Added 100 xTokens');
    const toppedUpAt = Date.now();
    await expect(lowBalance(one)).toHaveCount(0, { timeout: 1_000 });
    expect(Date.now() - toppedUpAt).toBeLessThan(1_000);
    // Tab 1 kept its request: it offers to send it again.
    await expect(one.getByRole('button', { name: 'Generate again' })).toBeVisible();
  });
});
