import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from '@playwright/test';
import { errorCatalog } from '../../src/core/errorCatalog';
import { builtEntries, setStoryDirection, setStoryTheme, storyScreenshot, test, viewportSize } from './staticStorybook';

// Every story of the built static Storybook, as a reviewer opens it: its play function
// passes, axe finds nothing, the console stays clean. Then the state it ends in is shot
// three ways and compared with the committed baseline (tests/storybook/__screenshots__):
// desktop light, the same state in the dark theme (the canvas's `data-theme` switched,
// as the toolbar does), and the same state on a phone (the viewport narrowed). A story
// that pins its theme (Themes/Dark) is shot in that theme only. Error-state stories are
// shot a fourth way: the same state laid out right to left (the canvas's `dir` switched;
// #25), and checked to overflow nothing sideways at 320 px in it.
const entries = builtEntries();
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');

/** Every screenshot of the run, changed or not, for review. */
const SHOTS = 'test-results/storybook/screenshots';
mkdirSync(SHOTS, { recursive: true });

/**
 * The browser the baseline was shot with (written by `npm run test:visual:update`). Pixels
 * are compared against shots of the same Chromium major version: another major may
 * rasterize text a little differently (patch releases of one major share its renderer),
 * and its failure says so instead of looking like a UI change.
 */
const BASELINE_BROWSER = 'tests/storybook/__screenshots__/browser.txt';

/** "chromium 156" of "chromium 156.0.8078.114". */
const major = (browser: string) => browser.replace(/^(\S+ \d+)\..*$/, '$1');

test('the baseline should come from the Chromium major version this run uses', async ({ browser }, testInfo) => {
  const running = `${browser.browserType().name()} ${browser.version()}`;
  if (testInfo.config.updateSnapshots === 'all') {
    // `npm run test:visual:update` removed the folder; this test may run before any shot is written.
    mkdirSync(dirname(BASELINE_BROWSER), { recursive: true });
    writeFileSync(BASELINE_BROWSER, `${running}\n`);
  }
  const baseline = existsSync(BASELINE_BROWSER) ? readFileSync(BASELINE_BROWSER, 'utf8').trim() : 'unknown (no browser.txt)';
  expect(
    major(running),
    `The screenshots in tests/storybook/__screenshots__ were made with ${baseline}; this run uses ${running}. ` +
      'If the only failures are screenshots, run `npm run test:visual:update` with this Chromium, review the images and commit them with browser.txt.',
  ).toBe(major(baseline));
});

test('the built Storybook should hold the stories of every code, component and theme', () => {
  expect(stories.length).toBeGreaterThan(90);
  expect(docs.length).toBeGreaterThan(15);
});

test.describe('stories:', () => {
  for (const entry of stories) {
    test(`${entry.title} › ${entry.name}`, async ({ preview }) => {
      const { page } = preview;
      await page.setViewportSize(viewportSize('desktop'));
      const { report, consoleErrors } = await preview.render(entry, 'light');
      expect(report.failures, 'play function, render or axe').toEqual([]);
      expect(consoleErrors, 'console').toEqual([]);

      const compare = async (look: 'light' | 'dark' | 'phone' | 'rtl') => {
        const shot = await storyScreenshot(page);
        const name = `${entry.id}.${look}.png`;
        writeFileSync(`${SHOTS}/${name}`, shot);
        expect.soft(shot, `screenshot "${look}" of ${entry.title} › ${entry.name}`).toMatchSnapshot(name);
      };
      const pinned = (await page.locator('.xm-story').first().getAttribute('data-theme')) === 'dark';
      if (!pinned) {
        await compare('light');
        await setStoryTheme(page, 'dark');
      }
      await compare('dark');
      if (!pinned) await setStoryTheme(page, 'light');
      await page.setViewportSize(viewportSize('phone'));
      await compare('phone');
      if (entry.title.startsWith('Error states/')) {
        await page.setViewportSize(viewportSize('desktop'));
        await setStoryDirection(page, 'rtl');
        await compare('rtl');
        await page.setViewportSize({ width: 320, height: viewportSize('phone').height });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect.soft(overflow, 'horizontal overflow at 320 px, right to left').toBeLessThanOrEqual(0);
        await setStoryDirection(page, 'ltr');
      }
    });
  }
});

test.describe('docs:', () => {
  for (const entry of docs) {
    test(`${entry.title} › ${entry.name}`, async ({ preview }) => {
      const { page } = preview;
      await page.setViewportSize(viewportSize('desktop'));
      const { report, consoleErrors } = await preview.render(entry, 'light');
      expect(report.failures, 'docs render').toEqual([]);
      await expect(page.locator('.sbdocs-content h1').first()).toBeVisible();
      // A page that frames stories (the Error states overview: one live state per code)
      // frames stories of this build; each of them is tested on its own above.
      const framed = await page.locator('iframe').evaluateAll((frames) => frames.map((frame) => new URL((frame as HTMLIFrameElement).src).searchParams.get('id')));
      expect(framed.filter((id) => !stories.some((story) => story.id === id))).toEqual([]);
      // While framed previews start, Storybook's own preview logs SB_PREVIEW_API_0011 now and
      // then (their channel reaches this frame); every other console error fails the page.
      const unexpected = framed.length > 0 ? consoleErrors.filter((line) => !line.includes('SB_PREVIEW_API_0011')) : consoleErrors;
      expect(unexpected, 'console').toEqual([]);
      if (entry.id === 'error-states-overview--docs') expect(framed).toHaveLength(Object.keys(errorCatalog).length);
      // The frames keep loading after the page has rendered: the next entry starts from a fresh preview.
      if (framed.length > 0) preview.discard();
    });
  }
});

test.describe('controls:', () => {
  const errorStates = stories.filter((entry) => entry.title.startsWith('Error states/'));

  test('every error-state story should have the code and context controls, over every code', async ({ preview }) => {
    const { page } = preview;
    await preview.render(errorStates[0]!, 'light');
    const controls = await page.evaluate(async (ids) => {
      const store = (window as { __STORYBOOK_PREVIEW__?: { storyStoreValue?: { loadStory: (input: { storyId: string }) => Promise<{ argTypes: Record<string, { options?: unknown[] }> }> } } })
        .__STORYBOOK_PREVIEW__!.storyStoreValue!;
      return Promise.all(
        ids.map(async (storyId) => {
          const { argTypes } = await store.loadStory({ storyId });
          return `${storyId}: code ${argTypes.code?.options?.length ?? 0}, context ${argTypes.context?.options?.join('/') ?? 'none'}`;
        }),
      );
    }, errorStates.map((entry) => entry.id));
    expect(errorStates.length).toBeGreaterThan(25);
    const codes = Object.keys(errorCatalog).length;
    expect(controls).toEqual(errorStates.map((entry) => `${entry.id}: code ${codes}, context form/page/background`));
  });

  test('switching the code and the context of a story should show the chosen state there', async ({ preview }) => {
    const { page } = preview;
    const story = errorStates.find((entry) => entry.title.endsWith('rate_limited)') && entry.name === 'Countdown Then Retry')!;
    const { report } = await preview.render(story, 'light');
    expect(report.failures).toEqual([]);
    const update = (updatedArgs: Record<string, string>) =>
      page.evaluate(({ storyId, args }) => window.__storyChannel!.emit('updateStoryArgs', { storyId, updatedArgs: args }), { storyId: story.id, args: updatedArgs });

    await update({ code: 'forbidden', context: 'page' });
    await expect(page.getByRole('heading', { name: "Your API key isn't allowed to do this" })).toBeVisible();
    await update({ code: 'validation_error', context: 'form' });
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeVisible();
    await update({ code: 'payment_required', context: 'background' });
    await expect(page.getByText('Your xTokens balance is too low for this request')).toBeVisible();
    await expect(page.getByText('A lighthouse at dusk, watercolor')).toBeVisible();
    // The story's args stay changed in this frame: the next test starts from a fresh one.
    preview.discard();
  });
});
