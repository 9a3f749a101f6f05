// The Vite hosts (tests/consumer on React 19, tests/hosts/vite-react18 on React 18.3):
// typecheck against the packed .d.ts (skipLibCheck off), a production build that carries
// the styles, both entries in Node, server rendering in Node, then the app in Chromium —
// the production build and a development build (React's warnings are only in the latter).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assertNoProblems, exerciseDashboard, openPage } from './browserCheck.mjs';
import { BALANCE, INVALID_EMAIL_MESSAGE, KEYS, loadFactory, startMockApi } from './mockApi.mjs';
import { assertNoBuildWarnings, run } from './proc.mjs';
import { startStaticServer } from './staticServer.mjs';

/** The failures the README's embed check provokes on purpose (Chromium logs each). */
const EMBED_FAILURES = [
  { path: '/v1/generations', status: '400' },
  { path: '/v1/generations', status: '402' },
  { path: '/v1/generations', status: '401' },
];

/**
 * The README's embed as printed (readme.html → src/readme/main.tsx): its form shows a
 * validation error at the field, then a 402 brings the top-up banner, then a blocked
 * account replaces the form with the blocked screen (AccountGate).
 */
async function exerciseReadmeEmbed(page, mock) {
  const { xmodeError } = await loadFactory();
  const submit = () => page.getByRole('button', { name: 'Generate images' }).click();
  await page.getByLabel('Prompt').fill('A lighthouse at dusk');
  await page.getByLabel('End-user email').fill('ana@example.com');
  await submit();
  await page.getByRole('alert').filter({ hasText: `End-user email ${INVALID_EMAIL_MESSAGE}` }).first().waitFor();

  mock.script('POST', '/v1/generations', [xmodeError('payment_required')]);
  await submit();
  await page.getByRole('link', { name: 'Top up', exact: true }).waitFor();
  if ((await page.getByRole('link', { name: 'Top up', exact: true }).getAttribute('href')) !== '/billing') {
    throw new Error("the top-up banner's link does not go to the provider's topUpHref (/billing)");
  }

  mock.script('POST', '/v1/generations', [xmodeError('account_blocked')]);
  await submit();
  await page.getByRole('heading', { name: 'Your xMode account has been blocked' }).waitFor();
  if ((await page.getByRole('button', { name: 'Generate images' }).count()) !== 0) throw new Error('the blocked screen did not replace the form');
  await page.waitForLoadState('networkidle');
}

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
          }
          const embed = await openPage(await browser(), `${server.url}/readme.html`, { expectedFailures: EMBED_FAILURES });
          try {
            await exerciseReadmeEmbed(embed.page, mock);
            assertNoProblems(`${build}/readme.html`, embed.problems);
            log(`${build}/readme.html: the README's embed showed the field error, the top-up banner and the blocked screen, no console warning`);
          } finally {
            await embed.close();
            await server.close();
          }
        }
      } finally {
        await mock.close();
      }
    },
  ],
];
