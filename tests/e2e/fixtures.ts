import { createRequire } from 'node:module';
import { test as base, expect, type Page } from '@playwright/test';
import { EXPECTED_CONSOLE_ERRORS, unexpectedErrors } from '../flows/flow';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

interface AxeResults {
  violations: Array<{ id: string; impact?: string; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }>;
}

declare global {
  interface Window {
    axe: { run: (context?: unknown, options?: unknown) => Promise<AxeResults> };
  }
}

export interface DemoFixtures {
  /** Console errors and page errors of this test, checked when it ends. */
  consoleErrors: string[];
  /** Tolerates one more console error pattern in this test (e.g. a network failure). Say why at the call site. */
  allowConsoleError: (pattern: RegExp) => void;
}

export const test = base.extend<DemoFixtures>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.stack ?? error.message}`));
      await use(errors);
    },
    { auto: true },
  ],
  allowConsoleError: [
    async ({ consoleErrors }, use) => {
      // The browsers' own logs for the mock's 4xx/5xx (tests/flows/flow.ts); any other error fails.
      const allowed: RegExp[] = [...EXPECTED_CONSOLE_ERRORS];
      await use((pattern) => allowed.push(pattern));
      expect(unexpectedErrors(consoleErrors, allowed), 'console errors or uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Injects axe-core and expects zero violations (colour contrast included) on the page as it is now. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(summary, `axe violations in state "${state}"`).toEqual([]);
}

/** Saves the page for review as test-results/screenshots/<id>.png. */
export async function saveScreenshot(page: Page, id: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${id}.png`, fullPage: true });
}

/** Opens `/?scenario=<id>`: the mock is primed and the page where it shows opens. */
export async function openScenario(page: Page, id: string): Promise<void> {
  await page.goto(`/?scenario=${id}`);
  await expect(page.locator('h1')).toBeVisible();
}
