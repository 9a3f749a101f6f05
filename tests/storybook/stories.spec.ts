import { mkdirSync, writeFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { builtEntries, setStoryTheme, storyScreenshot, test, viewportSize } from './staticStorybook';

// Every story of the built static Storybook, as a reviewer opens it: its play function
// passes, axe finds nothing, the console stays clean. Then the state it ends in is shot
// three ways and compared with the committed baseline (tests/storybook/__screenshots__):
// desktop light, the same state in the dark theme (the canvas's `data-theme` switched,
// as the toolbar does), and the same state on a phone (the viewport narrowed). A story
// that pins its theme (Themes/Dark) is shot in that theme only.
const entries = builtEntries();
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');

/** Every screenshot of the run, changed or not, for review. */
const SHOTS = 'test-results/storybook/screenshots';
mkdirSync(SHOTS, { recursive: true });

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

      const compare = async (look: 'light' | 'dark' | 'phone') => {
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
    });
  }
});

test.describe('docs:', () => {
  for (const entry of docs) {
    test(`${entry.title} › ${entry.name}`, async ({ preview }) => {
      // The Error states overview frames one live story per code: 15 previews start at once.
      test.slow();
      await preview.page.setViewportSize(viewportSize('desktop'));
      const { report, consoleErrors } = await preview.render(entry, 'light', 80_000);
      expect(report.failures, 'docs render').toEqual([]);
      expect(consoleErrors, 'console').toEqual([]);
      await expect(preview.page.locator('.sbdocs-content h1').first()).toBeVisible();
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
    expect(controls).toEqual(errorStates.map((entry) => `${entry.id}: code 15, context form/page/background`));
  });

  test('switching the code and the context of a story should show the chosen state there', async ({ preview }) => {
    const { page } = preview;
    const story = errorStates.find((entry) => entry.title.endsWith('rate_limited)') && entry.name === 'Countdown Then Retry')!;
    const { report } = await preview.render(story, 'light');
    expect(report.failures).toEqual([]);
    const update = (updatedArgs: Record<string, string>) =>
      page.evaluate(({ storyId, args }) => window.__storyChannel!.emit('updateStoryArgs', { storyId, updatedArgs: args }), { storyId: story.id, args: updatedArgs });

    await update({ code: 'forbidden', context: 'page' });
    await expect(page.getByRole('heading', { name: "You don't have access to this" })).toBeVisible();
    await update({ code: 'validation_error', context: 'form' });
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeVisible();
    await update({ code: 'payment_required', context: 'background' });
    await expect(page.getByText('Your xTokens balance is too low for this request')).toBeVisible();
    await expect(page.getByText('A lighthouse at dusk, watercolor')).toBeVisible();
    // The story's args stay changed in this frame: the next test starts from a fresh one.
    preview.discard();
  });
});
