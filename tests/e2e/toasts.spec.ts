import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, saveScreenshot, test } from './fixtures';

/**
 * A failure nothing on screen shows — the generation list's refresh fails behind the
 * list already shown (mock scenario `truncated_json`, forced from the scenario panel) —
 * is the one case with a toast: Retry, Copy request ID, Contact support.
 */
async function backgroundFailureToast(page: Page) {
  await page.goto('/generations');
  await expect(page.getByTestId('generation-list')).toBeVisible();
  await page.locator('summary', { hasText: 'Scenarios' }).click();
  await page.getByLabel('Scenario').selectOption('truncated_json');
  await page.getByTestId('force-scenario').click();
  const toast = page.locator('[data-sonner-toast]').filter({ hasText: 'We got an unexpected response' });
  await expect(toast).toBeVisible({ timeout: 15_000 });
  // The list stays: the refresh failed behind it.
  await expect(page.getByTestId('generation-list')).toBeVisible();
  return toast;
}

/** WCAG relative luminance contrast of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** What has focus, as a short label. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const inToast = Boolean(element?.closest('[data-sonner-toast]'));
    return `${inToast ? 'toast:' : ''}${element?.getAttribute('aria-label') ?? element?.textContent?.trim().slice(0, 40) ?? 'none'}`;
  });

test.describe('toasts', () => {
  test.describe('dark', () => {
    test.use({ colorScheme: 'dark' });
    test('are themed like the page and pass axe (contrast included)', async ({ page }) => {
      const toast = await backgroundFailureToast(page);
      await expect(toast.getByRole('button', { name: 'Copy request ID' })).toBeVisible();
      const colors = await toast.evaluate((node) => {
        const style = getComputedStyle(node);
        return { background: style.backgroundColor, text: style.color };
      });
      expect(colors.background).toBe('rgb(31, 34, 40)'); // --xm-color-surface, dark
      expect(contrast(colors.background, colors.text)).toBeGreaterThanOrEqual(4.5);
      await expectNoAxeViolations(page, 'dark: background failure toast');
      await saveScreenshot(page, 'toast_dark');
    });
  });

  test('keyboard: a visible ≥ 3:1 focus ring, and Tab leaves the toast for good', async ({ page }) => {
    const toast = await backgroundFailureToast(page);
    const lastLink = page.locator('.demo-scenarios__links a').last();
    await lastLink.focus();
    const origin = await focused(page);
    const stops: string[] = [];
    for (let press = 0; press < 10; press += 1) {
      await page.keyboard.press('Tab');
      stops.push(await focused(page));
      if (stops.at(-1) === 'toast:Copy request ID') {
        const ring = await toast.getByRole('button', { name: 'Copy request ID' }).evaluate((button) => {
          const style = getComputedStyle(button);
          const toastStyle = getComputedStyle(button.closest('[data-sonner-toast]') as Element);
          return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth), color: style.outlineColor, background: toastStyle.backgroundColor };
        });
        expect(ring.style).toBe('solid');
        expect(ring.width).toBeGreaterThanOrEqual(2);
        expect(contrast(ring.color, ring.background)).toBeGreaterThanOrEqual(3);
      }
    }
    expect(stops.some((stop) => stop.startsWith('toast:')), stops.join(' → ')).toBe(true);
    // Once focus has left the toast, it never lands back on where it came from.
    const left = stops.findIndex((stop, index) => index > 0 && stops[index - 1]?.startsWith('toast:') && !stop.startsWith('toast:'));
    expect(left, stops.join(' → ')).toBeGreaterThan(0);
    expect(stops[left], stops.join(' → ')).not.toBe(origin);
    await expectNoAxeViolations(page, 'toast focused');
  });

  test('at 320 px a toast never covers the focused element', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 560 });
    const toast = await backgroundFailureToast(page);
    // Focus is on "Force on next request", low in the viewport: the page scrolls it above
    // the toast, which stays at the bottom, clear of the header and navigation (#25).
    const overlap = () =>
      page.evaluate(() => {
        const box = (document.querySelector('[data-sonner-toast]') as HTMLElement).getBoundingClientRect();
        return [document.activeElement as HTMLElement, document.querySelector('header') as HTMLElement].some((element) => {
          const other = element.getBoundingClientRect();
          return !(box.bottom <= other.top || box.top >= other.bottom || box.right <= other.left || box.left >= other.right);
        });
      });
    await expect.poll(overlap).toBe(false);
    await expect(page.locator('[data-sonner-toaster]')).toHaveAttribute('data-y-position', 'bottom');
    await expect(toast).toBeInViewport();
    await saveScreenshot(page, 'toast_320px');
  });
});
