import type { Page } from '@playwright/test';
import { englishFragments } from '../support/englishFragments';
import { expect, saveScreenshot, test } from './fixtures';
import { fillGenerationForm, submitButton } from './helpers';

/**
 * The demo in the pseudo-locale (`?locale=en-XA`: every module string accented and ~40 %
 * longer): in every scenario the module's surfaces show none of the default English and
 * clip no text. Screenshots: test-results/screenshots/pseudo_<id>.png.
 */
const FRAGMENTS = englishFragments();

const submit = async (page: Page) => {
  await fillGenerationForm(page);
  await submitButton(page).click();
  await expect(page.locator('.xm-error-summary, [data-testid="generation-created"]:not(:empty)').first()).toBeVisible({ timeout: 15_000 });
};
const shows = (selector: string) => async (page: Page) => {
  await expect(page.locator(selector).first()).toBeVisible({ timeout: 15_000 });
};

const CASES: Array<{ id: string; settle: (page: Page) => Promise<void> }> = [
  { id: 'validation_error', settle: submit },
  { id: 'payment_required', settle: submit },
  { id: 'content_policy', settle: submit },
  { id: 'internal_error', settle: submit },
  { id: 'absurd_retry_after', settle: submit },
  { id: 'hostile_fields', settle: submit },
  { id: 'unauthorized', settle: shows('.xm-state') },
  { id: 'account_blocked', settle: shows('.xm-state') },
  { id: 'forbidden', settle: shows('.xm-state') },
  { id: 'not_found', settle: shows('.xm-state') },
  { id: 'provider_error', settle: shows('main .xm-notice--warning') },
  { id: 'storage_failed', settle: shows('.xm-image-placeholder') },
  {
    id: 'conflict',
    settle: async (page) => {
      await page.getByTestId('end-user-alice@example.com').getByRole('button', { name: 'Delete alice@example.com' }).click();
      await expect(page.locator('.xm-conflict-flow')).toBeVisible();
    },
  },
  { id: 'network_error', settle: shows('.xm-offline .xm-banner__title') },
  { id: 'html_502', settle: shows('.xm-state') },
  { id: 'empty_500', settle: shows('.xm-state') },
  { id: 'truncated_json', settle: shows('.xm-state') },
];

/** Module surfaces (xm- classes, toasts), minus the server's own words shown as details. */
async function audit(page: Page) {
  return page.evaluate((fragments) => {
    const roots = [...document.querySelectorAll<HTMLElement>('[class^="xm-"], [class*=" xm-"], [data-sonner-toast]')].filter(
      (element) => !element.parentElement?.closest('[class^="xm-"], [class*=" xm-"], [data-sonner-toast]'),
    );
    const serverText = '.xm-state__detail, .xm-generation-images__details, .xm-error-summary__list';
    const english: string[] = [];
    const clipped: string[] = [];
    for (const root of roots) {
      const clone = root.cloneNode(true) as HTMLElement;
      clone.querySelectorAll(serverText).forEach((node) => node.remove());
      const text = (clone.textContent ?? '').replace(/\s+/g, ' ');
      for (const fragment of fragments) if (text.includes(fragment)) english.push(fragment);
      for (const element of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
        const style = getComputedStyle(element);
        const hides = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
        if (hides && element.scrollWidth > element.clientWidth + 1 && !element.classList.contains('xm-visually-hidden')) {
          clipped.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
        }
      }
    }
    return { english: [...new Set(english)], clipped, roots: roots.length };
  }, FRAGMENTS);
}

test.describe('pseudo-locale (en-XA)', () => {
  for (const { id, settle } of CASES) {
    test(`${id}: no untranslated English, no clipped text`, async ({ page }) => {
      await page.goto(`/?scenario=${id}&locale=en-XA`);
      await expect(page.locator('h1')).toBeVisible();
      await settle(page);
      await page.waitForTimeout(500);
      const result = await audit(page);
      expect(result.roots, 'module surfaces on the page').toBeGreaterThan(0);
      expect(result.english, 'default English on the page').toEqual([]);
      expect(result.clipped, 'clipped text').toEqual([]);
      await saveScreenshot(page, `pseudo_${id}`);
    });
  }
});
