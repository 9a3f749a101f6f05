import { SCENARIOS } from '../../src/mocks/scenarioList';
import { expect, expectNoAxeViolations, saveScreenshot, test } from './fixtures';
import { nav } from './helpers';

const PAGES = [
  { path: '/', title: 'Dashboard', current: undefined },
  { path: '/generations', title: 'Generations', current: 'Generations' },
  { path: '/generations/new', title: 'New generation', current: 'New generation' },
  { path: '/generations/gen_demo_done', title: 'Generation', current: 'Generations' },
  { path: '/end-users', title: 'End-users', current: 'End-users' },
  { path: '/billing', title: 'Billing', current: 'Billing' },
  { path: '/settings', title: 'API keys', current: 'API keys' },
  { path: '/support', title: 'Support', current: 'Support' },
  { path: '/nowhere', title: 'Page not found', current: undefined },
] as const;

test.describe('dashboard pages', () => {
  for (const { path, title, current } of PAGES) {
    test(`${path}: h1, page title, current nav link, no axe violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page).toHaveTitle(`${title} · xMode dashboard (demo)`);
      const currentLinks = nav(page).locator('[aria-current="page"]');
      if (current) await expect(currentLinks).toHaveText(current);
      else await expect(currentLinks).toHaveCount(0);
      await expect(page.getByRole('main')).not.toContainText('Loading');
      await expectNoAxeViolations(page, path);
    });
  }

  test('client-side navigation keeps the mock state and moves focus to the new h1', async ({ page }) => {
    await page.goto('/generations');
    await expect(page.getByTestId('generation-list')).toBeVisible();
    await nav(page).getByRole('link', { name: 'Billing' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Billing' })).toBeFocused();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Generations' })).toBeVisible();
  });

  test('a new generation runs queued → processing → succeeded on its detail page', async ({ page }) => {
    await page.goto('/generations/new');
    await page.getByLabel('Prompt', { exact: true }).fill('A red kite over hills');
    await page.getByLabel("End-user's email").fill('new@example.com');
    await page.getByLabel('Number of images').fill('2');
    await page.getByTestId('generate-submit').click();
    await page.getByRole('link', { name: /View generation gen_/ }).click();
    await expect(page.getByRole('list', { name: 'Generated images' }).getByRole('img')).toHaveCount(2, { timeout: 10_000 });
    await expect(page.getByRole('img', { name: /Image 1 of 2 for the prompt: A red kite over hills/ })).toBeVisible();
    await expectNoAxeViolations(page, 'generation detail');
    await saveScreenshot(page, 'generation_detail');
  });

  test('end-users: add one (and the API refuses a duplicate on the field), block one', async ({ page }) => {
    await page.goto('/end-users');
    const email = page.getByLabel('Email address');
    await email.fill('carol@example.com');
    await page.getByRole('button', { name: 'Add end-user' }).click();
    await expect(page.getByTestId('end-user-notice')).toHaveText('carol@example.com has been added.');
    await expect(page.getByTestId('end-user-carol@example.com')).toBeVisible();

    await email.fill('alice@example.com');
    await page.getByRole('button', { name: 'Add end-user' }).click();
    await expect(email).toHaveAccessibleDescription(/Email is already registered/);
    await expectNoAxeViolations(page, 'end-users: duplicate');

    await page.getByRole('button', { name: 'Block carol@example.com' }).click();
    await expect(page.getByTestId('end-user-carol@example.com')).toContainText('Blocked');
  });

  test('scenario panel: keyboard-operable, forces a scenario, Reset mock undoes it', async ({ page }) => {
    await page.goto('/billing');
    const summary = page.locator('summary', { hasText: 'Scenarios' });
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Scenario')).toBeVisible();
    await expectNoAxeViolations(page, 'scenario panel open');
    await page.getByLabel('Scenario').selectOption('account_blocked');
    await page.getByTestId('force-scenario').press('Enter');
    await expect(page).toHaveURL(/\/generations$/);
    await expect(page.getByRole('heading', { name: 'Your xMode account has been blocked' })).toBeVisible();

    await page.getByTestId('reset-mock').click();
    await expect(page.getByTestId('generation-list')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'back to its seeded data' })).toBeVisible();
  });

  test('every scenario link in the panel primes the mock through the URL', async ({ page }) => {
    await page.goto('/');
    await page.locator('summary', { hasText: 'Scenarios' }).click();
    const links = page.locator('.demo-scenarios__links a');
    await expect(links).toHaveCount(SCENARIOS.length);
    await expect(links.first()).toHaveAttribute('href', '/?scenario=validation_error');
  });
});
