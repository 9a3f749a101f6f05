import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from './scripts/chromium.mjs';
import { fontconfigFile } from './scripts/fonts.mjs';

// STORYBOOK_STATIC_PORT lets two checkouts run the suite side by side on one machine.
const port = Number(process.env.STORYBOOK_STATIC_PORT ?? 6008);

/**
 * The built static Storybook (`npm run build-storybook` → storybook-static/, made by
 * `npm run test:storybook-static` first) in Debian's Chromium: every story's play
 * function, console and axe check, and its screenshots (light, dark, phone) against the
 * committed baseline in tests/storybook/__screenshots__. One browser, two workers.
 *
 * Rendering is pinned so a pixel changes only when the UI does: fonts-dejavu-core only
 * (scripts/fonts.mjs, through FONTCONFIG_FILE), no animations, fixed viewport, locale
 * and time zone. Update the baseline on purpose: `npm run test:visual:update`.
 */
export default defineConfig({
  testDir: 'tests/storybook',
  outputDir: 'test-results/storybook',
  snapshotPathTemplate: 'tests/storybook/__screenshots__/{arg}{ext}',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  // A pixel counts as changed past a tiny colour distance (a shift of ~10 levels in one
  // channel is caught); up to 16 may differ: Chromium anti-aliases a focus ring's corners
  // a little differently depending on what the frame rendered before. Any real change of
  // copy, layout or colour moves hundreds.
  expect: { toMatchSnapshot: { threshold: 0.01, maxDiffPixels: 16 } },
  // A missing baseline fails too (an unreviewed story); `npm run test:visual:update` writes them.
  updateSnapshots: 'none',
  reporter: process.env.CI ? [['list'], ['github']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: ensureChromium(),
      args: [...CHROMIUM_ARGS, '--font-render-hinting=none', '--force-color-profile=srgb', '--hide-scrollbars'],
      env: { ...process.env, FONTCONFIG_FILE: fontconfigFile() },
    },
    // The pages are made by tests/storybook/staticStorybook.ts (CONTEXT_OPTIONS): one per worker.
  },
  webServer: {
    command: `npx vite preview --outDir storybook-static --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/iframe.html`,
    // Never reuse: a server left on the port would serve an old build.
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
