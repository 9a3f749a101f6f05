/**
 * Runs the shared flows (tests/flows) in Chromium with Playwright: each target becomes a
 * Playwright locator (exact names and text, as tests/flows/flow.ts defines them), each
 * expectation a web-first assertion. The Firefox and WebKit suites run the same flows
 * through tests/browsers/runFlow.ts.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { EXPECT_TIMEOUT_MS, unexpectedErrors, type Flow, type Step, type Target, type TextMatch } from '../flows/flow';
import { focusedElementText, holdTimers, markRequests, pageProblems, prototypeIsClean, sentRequests, storedText } from '../flows/inPage';
import { sentProblems, windowEnd } from '../flows/requests';
import { expect, expectNoAxeViolations, openScenario, saveScreenshot, test } from './fixtures';

/** Tab presses `tabTo` tries before it gives up. */
const MAX_TAB_PRESSES = 40;

type AriaRole = Parameters<Page['getByRole']>[0];

/** A string `hasText` is a case-sensitive part of the text (Playwright's own is case-insensitive). */
const part = (match: TextMatch): string | RegExp => (typeof match === 'string' ? new RegExp(match.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : match);

function locate(page: Page, target: Target): Locator {
  const scope: Page | Locator = target.within ? locate(page, target.within) : page;
  let locator: Locator;
  if ('role' in target) {
    locator = scope.getByRole(target.role as AriaRole, {
      ...(target.name === undefined ? {} : { name: target.name, exact: true }),
      ...(target.level === undefined ? {} : { level: target.level }),
    });
  } else if ('label' in target) locator = scope.getByLabel(target.label, { exact: true });
  else if ('testId' in target) locator = scope.getByTestId(target.testId);
  else if ('text' in target) locator = scope.getByText(target.text, { exact: true });
  else locator = scope.locator(target.css);
  if (target.hasText !== undefined) locator = locator.filter({ hasText: part(target.hasText) });
  return target.first ? locator.first() : locator;
}

async function expectTarget(page: Page, step: Extract<Step, { do: 'expect' }>): Promise<void> {
  const locator = locate(page, step.target);
  const timeout = step.timeout ?? EXPECT_TIMEOUT_MS;
  const is = step.is;
  const check = step.not ? expect(locator).not : expect(locator);
  if ('visible' in is) await check.toBeVisible({ timeout });
  else if ('count' in is) await check.toHaveCount(is.count, { timeout });
  else if ('countAtMost' in is) await expect.poll(() => locator.count(), { timeout }).toBeLessThanOrEqual(is.countAtMost);
  else if ('focused' in is) await check.toBeFocused({ timeout });
  else if ('text' in is) await check.toHaveText(is.text as string | RegExp | Array<string | RegExp>, { timeout });
  else if ('containsText' in is) await check.toContainText(is.containsText, { timeout });
  else if ('value' in is) await check.toHaveValue(is.value, { timeout });
  else if ('attribute' in is) await check.toHaveAttribute(is.attribute, is.equals, { timeout });
  else await check.toHaveAccessibleDescription(is.description, { timeout });
}

/** The tabs of one flow: tab 1 is the test's page; others open in its context on first use, their errors recorded. */
class Tabs {
  private readonly pages = new Map<number, Page>();
  readonly errors: string[] = [];
  windowEndsAt: number | undefined;

  constructor(
    first: Page,
    private readonly context: BrowserContext,
  ) {
    this.pages.set(1, first);
  }

  async get(tab = 1): Promise<Page> {
    const open = this.pages.get(tab);
    if (open) return open;
    const page = await this.context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.errors.push(`uncaught: ${error.stack ?? error.message}`));
    this.pages.set(tab, page);
    return page;
  }
}

async function runStep(tabs: Tabs, step: Step): Promise<void> {
  const page = await tabs.get(step.tab);
  switch (step.do) {
    case 'goto': await page.goto(step.path); return;
    case 'openScenario': await openScenario(page, step.id); return;
    case 'click': await locate(page, step.target).click(); return;
    case 'fill': await locate(page, step.target).fill(step.value); return;
    case 'select': await locate(page, step.target).selectOption(step.value); return;
    case 'focus': await locate(page, step.target).focus(); return;
    case 'press': await (step.target ? locate(page, step.target).press(step.key) : page.keyboard.press(step.key)); return;
    case 'type': await page.keyboard.type(step.text); return;
    case 'tabTo': {
      for (let press = 0; press < MAX_TAB_PRESSES; press += 1) {
        await page.keyboard.press(step.back ? 'Shift+Tab' : 'Tab');
        if (step.name.test(await page.evaluate(focusedElementText))) return;
      }
      throw new Error(`Focus never reached ${step.name}`);
    }
    case 'wait': await page.waitForTimeout(step.ms); return;
    case 'back': await page.goBack(); return;
    case 'holdTimers': await page.evaluate(holdTimers, step.fromMs); return;
    case 'expect': await expectTarget(page, step); return;
    case 'expectUrl': await (step.not ? expect(page).not : expect(page)).toHaveURL(step.matches); return;
    case 'expectTitle': await (step.not ? expect(page).not : expect(page)).toHaveTitle(step.matches); return;
    case 'expectPage':
      await expect.poll(() => page.evaluate(pageProblems, step.check as Record<string, unknown>), { timeout: step.timeout ?? EXPECT_TIMEOUT_MS }).toEqual([]);
      return;
    case 'viewport': await page.setViewportSize({ width: step.width, height: step.height }); return;
    case 'expectPrototypeClean': expect(await page.evaluate(prototypeIsClean), 'Object.prototype.polluted').toBe(true); return;
    case 'expectStorageLacks': expect(await page.evaluate(storedText)).not.toContain(step.text); return;
    case 'axe': await expectNoAxeViolations(page, step.state); return;
    case 'screenshot': await saveScreenshot(page, step.id); return;
    case 'openTab': return;
    case 'markRequests': await page.evaluate(markRequests); return;
    case 'windowFrom429': {
      await expect.poll(async () => windowEnd(await page.evaluate(sentRequests), step.path, step.retryAfterS), { timeout: EXPECT_TIMEOUT_MS }).toBeDefined();
      tabs.windowEndsAt = windowEnd(await page.evaluate(sentRequests), step.path, step.retryAfterS);
      return;
    }
    case 'expectSent': expect(sentProblems(step, await page.evaluate(sentRequests), tabs.windowEndsAt), `tab ${step.tab ?? 1}'s /v1 requests`).toEqual([]); return;
  }
}

/** One Playwright test per flow, in a `describe` named `group`. */
export function describeFlows(group: string, flows: readonly Flow[]): void {
  test.describe(group, () => {
    for (const flow of flows) {
      test(flow.name, async ({ page, context }) => {
        if (flow.timeout) test.setTimeout(flow.timeout);
        const tabs = new Tabs(page, context);
        for (const step of flow.steps) await runStep(tabs, step);
        // Tab 1's errors are the fixture's; the other tabs' are checked here.
        expect(unexpectedErrors(tabs.errors), 'console errors or uncaught page errors in the other tabs').toEqual([]);
      });
    }
  });
}
