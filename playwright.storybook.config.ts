import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from './scripts/chromium.mjs';

// STORYBOOK_STATIC_PORT lets two checkouts run the suite side by side on one machine.
const port = Number(process.env.STORYBOOK_STATIC_PORT ?? 6008);

/**
 * The built static Storybook (`npm run build-storybook` → storybook-static/, made by
 * `npm run test:storybook-static` first) in Debian's Chromium: every story's play
 * function, console and axe check, every docs page. One browser, two workers.
 */
export default defineConfig({
  testDir: 'tests/storybook',
  outputDir: 'test-results/storybook',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  reporter: process.env.CI ? [['list'], ['github']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: ensureChromium(),
      args: CHROMIUM_ARGS,
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
