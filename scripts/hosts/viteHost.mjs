// The Vite hosts (tests/consumer on React 19, tests/hosts/vite-react18 on React 18.3):
// typecheck against the packed .d.ts (skipLibCheck off), a production build that carries
// the styles, both entries in Node, server rendering in Node, then the app in Chromium —
// the production build and a development build (React's warnings are only in the latter).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assertNoProblems, exerciseDashboard, openPage } from './browserCheck.mjs';
import { BALANCE, KEYS, startMockApi } from './mockApi.mjs';
import { assertNoBuildWarnings, run } from './proc.mjs';
import { startStaticServer } from './staticServer.mjs';

/** The steps of a Vite host; each gets the host's context `{ app, browser, log }`. */
export const viteSteps = [
  ['typecheck', ({ app }) => run('npm', ['run', 'typecheck'], { cwd: app })],
  [
    'vite build',
    async ({ app }) => {
      assertNoBuildWarnings('vite build', await run('npm', ['run', 'build'], { cwd: app }));
      const assets = join(app, 'dist', 'assets');
      const css = readdirSync(assets).filter((file) => file.endsWith('.css'));
      if (!css.some((file) => readFileSync(join(assets, file), 'utf8').includes('--xm-color-bg'))) {
        throw new Error('the app build has no xmode-error-ui/styles.css tokens');
      }
    },
  ],
  ['entries in Node', async ({ app, log }) => log((await run('node', ['node/entries.mjs'], { cwd: app })).trim())],
  ['server render (react-dom/server)', async ({ app, log }) => log((await run('node', ['node/ssr.mjs'], { cwd: app })).trim())],
  ['vite build (development)', async ({ app }) => assertNoBuildWarnings('vite build', await run('npm', ['run', 'build:dev'], { cwd: app }))],
  [
    'Chromium',
    async ({ app, browser, log }) => {
      const mock = await startMockApi();
      try {
        for (const build of ['dist', 'dist-dev']) {
          const server = await startStaticServer({ root: join(app, build), upstream: mock.url, apiKey: KEYS.server });
          const opened = await openPage(await browser(), server.url);
          try {
            await opened.page.getByText(`${BALANCE} xTokens`).waitFor();
            await exerciseDashboard(opened.page);
            assertNoProblems(`${build}/`, opened.problems);
            log(`${build}/: rendered, not-found state and field error shown, no console warning (expected HTTP errors: ${opened.expected.join(', ') || 'none logged'})`);
          } finally {
            await opened.close();
            await server.close();
          }
        }
      } finally {
        await mock.close();
      }
    },
  ],
];
