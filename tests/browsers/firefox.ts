/**
 * Firefox through puppeteer-core over WebDriver BiDi: Debian's firefox-esr
 * (scripts/firefox.mjs), headless. Playwright cannot drive a system Firefox
 * ("emulation.setMediaFeaturesOverride: unknown command" at page creation), so the
 * Firefox suite uses this and the shared runner. One browser per run, one browser
 * context (user context) per flow.
 */
import puppeteer, { type ElementHandle, type KeyInput, type Page } from 'puppeteer-core';
import { ensureFirefox } from '../../scripts/firefox.mjs';
import type { Key } from '../flows/flow';
import type { BrowserUnderTest, Session, Tab } from './driver';

/** The viewport every flow runs in (playwright.config.ts's). */
export const VIEWPORT = { width: 1280, height: 800 };

/** Preferences for steady runs: no motion (axe sees final colours), no network chatter. */
const PREFS = {
  'ui.prefersReducedMotion': 1,
  'browser.shell.checkDefaultBrowser': false,
  'app.update.enabled': false,
};

const KEYS: Record<Exclude<Key, 'Shift+Tab'>, KeyInput> = { Tab: 'Tab', Enter: 'Enter', Space: ' ', Escape: 'Escape', Backspace: 'Backspace' };

function tabOf(page: Page): Tab {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    back: async () => {
      await page.goBack();
    },
    url: async () => page.url(),
    title: () => page.title(),
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    clickElement: async (expression) => {
      const handle = await page.evaluateHandle(expression);
      try {
        const element = handle.asElement();
        if (!element) return String(await handle.jsonValue());
        await (element as ElementHandle<Element>).click();
        return '';
      } finally {
        await handle.dispose();
      }
    },
    press: async (key) => {
      if (key !== 'Shift+Tab') return page.keyboard.press(KEYS[key]);
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
    },
    type: (text) => page.keyboard.type(text),
    selectAll: async () => {
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyA');
      await page.keyboard.up('Control');
    },
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png`, fullPage: true });
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    takeErrors: async () => errors.splice(0),
  };
}

/** Launches headless Firefox; `newSession()` gives each flow its own browser context. */
export async function launchFirefox(): Promise<BrowserUnderTest> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: ensureFirefox(), headless: true, extraPrefsFirefox: PREFS });
  return {
    name: 'firefox',
    version: await browser.version(),
    newSession: async (): Promise<Session> => {
      const context = await browser.createBrowserContext();
      return {
        openTab: async () => {
          const page = await context.newPage();
          await page.setViewport(VIEWPORT);
          return tabOf(page);
        },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
