import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from './scripts/chromium.mjs';

// E2E_PORT lets two checkouts run the suite side by side on one machine.
const port = Number(process.env.E2E_PORT ?? 4173);

/**
 * End-to-end tests of the demo dashboard (tests/e2e), against the production build
 * served by `vite preview`, in Debian's Chromium (never a downloaded browser). The mock
 * API runs in the page (MSW's service worker), so every test starts from the seeded data.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list'], ['github']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: ensureChromium(), args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 800 },
    // Toasts and focus rings without transitions: axe's contrast check sees final colours.
    contextOptions: { reducedMotion: 'reduce' },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The clipboard for "Copy request ID".
    permissions: ['clipboard-read', 'clipboard-write'],
  },
  webServer: {
    command: `npm run build:demo && npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    // Never reuse: a server left on the port would serve an old build and the suite would test it.
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
