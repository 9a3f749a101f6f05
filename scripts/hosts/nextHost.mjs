// The Next.js App Router host (tests/hosts/next-app, the settings of the default
// `create-next-app` scaffold: Cache Components on): `next build` (Turbopack), then `next
// start` against the mock xMode API: the form in the prerendered HTML, two tenants' server
// requests that must share no state, and the dashboard in Chromium with no hydration or
// console error.
import { join } from 'node:path';
import { assertNoProblems, exerciseDashboard, openPage } from './browserCheck.mjs';
import { BALANCE, KEYS, startMockApi } from './mockApi.mjs';
import { assertNoBuildWarnings, freePort, run, startServer } from './proc.mjs';

const next = (app) => join(app, 'node_modules', 'next', 'dist', 'bin', 'next');

/**
 * Key A's balance answers 429 (Retry-After: 120). Right after it, A and B ask again at
 * the same time: B's request must still be sent upstream and succeed (a cooldown shared
 * at module scope would fail it unsent with `rate_limited`).
 */
async function tenantsShareNothing(base, mock) {
  const balance = (tenant) => fetch(`${base}/api/balance`, { headers: { cookie: `tenant=${tenant}` } });
  const first = await balance('a');
  const firstBody = await first.json();
  if (first.status !== 429 || firstBody.error?.code !== 'rate_limited' || first.headers.get('retry-after') !== '120') {
    throw new Error(`tenant A: expected 429 rate_limited with Retry-After: 120, got ${first.status} ${JSON.stringify(firstBody)}`);
  }
  const [, second] = await Promise.all([balance('a'), balance('b')]);
  const secondBody = await second.json();
  const sentB = mock.sent(KEYS.tenantB, '/v1/balance');
  if (sentB !== 1 || second.status !== 200 || secondBody.xTokens !== BALANCE) {
    throw new Error(
      `tenant B after tenant A's 429: expected it sent upstream (1) and 200 { xTokens: ${BALANCE} }, ` +
        `got sent ${sentB}× and ${second.status} ${JSON.stringify(secondBody)} — state is shared between server requests`,
    );
  }
  return `tenant A got 429 (Retry-After: 120); tenant B, asking right after alongside A, was sent (${sentB}×) and got 200`;
}

/**
 * The dashboard's HTML as the server sends it, before any script runs: with Cache
 * Components the page is prerendered, and the form must be in it — once (a `<Suspense>`
 * fallback would leave it out, or add a hidden second copy with the same ids).
 */
async function formInServerHtml(base) {
  const html = await (await fetch(`${base}/`)).text();
  const count = (pattern) => html.match(pattern)?.length ?? 0;
  const found = {
    form: count(/<form[^>]*aria-label="New generation"/g),
    prompt: count(/id="generate-prompt"/g),
    email: count(/id="generate-email"/g),
    submit: count(/<button[^>]*type="submit"[^>]*>Generate images<\/button>/g),
  };
  if (Object.values(found).some((n) => n !== 1)) {
    throw new Error(`/: the server HTML must hold the form exactly once, found ${JSON.stringify(found)}`);
  }
  return '/: the server HTML holds the form once (form, prompt, email, submit button)';
}

export const nextSteps = [
  [
    'next build (Turbopack)',
    async ({ app }) =>
      assertNoBuildWarnings(
        'next build',
        await run('node', [next(app), 'build'], { cwd: app }),
        // Next prints "No build cache found" on every CI machine (CI is set, the fixture is
        // fresh): a note about the host's machine, not about this module. Any other ⚠ fails.
        (line) => line.includes('⚠') && !line.includes('nextjs.org/docs/messages/no-cache'),
      ),
  ],
  [
    'next start + checks',
    async ({ app, browser, log }) => {
      const mock = await startMockApi();
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const env = {
        ...process.env,
        XMODE_API_URL: mock.url,
        XMODE_API_KEY: KEYS.server,
        XMODE_TENANT_KEYS: JSON.stringify({ a: KEYS.tenantA, b: KEYS.tenantB }),
      };
      const server = await startServer('node', [next(app), 'start', '-p', String(port), '-H', '127.0.0.1'], {
        cwd: app,
        env,
        readyUrl: `${base}/api/xmode/health`,
      });
      try {
        log(await formInServerHtml(base));

        const account = await (await fetch(`${base}/account`)).text();
        if (!account.includes(`Balance (server): ${BALANCE} xTokens`)) throw new Error('/account: the server component did not render the balance');
        log('/account: a server component read the balance with xmode-error-ui/core');

        log(await tenantsShareNothing(base, mock));

        for (const [path, check] of [
          ['/', exerciseDashboard],
          ['/account', (page) => page.getByText(`Balance (server): ${BALANCE} xTokens`).waitFor()],
        ]) {
          const opened = await openPage(await browser(), `${base}${path}`);
          try {
            await check(opened.page);
            await opened.page.waitForLoadState('networkidle');
            assertNoProblems(path, opened.problems);
          } finally {
            await opened.close();
          }
        }
        const proxied = mock.requests.filter((request) => request.path.startsWith('/v1/requests/') || request.path === '/v1/generations');
        if (proxied.length === 0 || proxied.some((request) => request.key !== KEYS.server)) {
          throw new Error(`the proxy route did not add the server's key to every browser request: ${JSON.stringify(proxied)}`);
        }
        log(`/: hydrated, not-found state and field error shown, no console warning; ${proxied.length} browser requests proxied with the key added server-side`);
      } catch (error) {
        error.output = `${error.output ?? ''}\n--- next start output ---\n${server.output()}`;
        throw error;
      } finally {
        await server.stop();
        await mock.close();
      }
    },
  ],
];
