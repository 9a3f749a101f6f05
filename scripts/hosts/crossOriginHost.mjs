// The cross-origin host: the Vite + React 19 app as vite-react19 built it (not built
// again), its page on one origin and its API on another port — a gateway that adds the
// key server-side and answers CORS with `Access-Control-Expose-Headers: Retry-After,
// x-request-id`, as the README documents for an API on another origin. In Chromium: the
// dashboard works across origins (GETs, and the form's POST after its preflight); a 429
// with `Retry-After: 6` is asked again only after 6 s (a hidden Retry-After makes it about
// 1 s); the request id of a 500 shows on screen (a hidden x-request-id shows none).
import { join } from 'node:path';
import { assertNoProblems, exerciseDashboard, openPage } from './browserCheck.mjs';
import { BALANCE, KEYS, loadFactory, startMockApi } from './mockApi.mjs';
import { freePort } from './proc.mjs';
import { startStaticServer } from './staticServer.mjs';

/** What the API's origin lets the page's scripts read, as the README documents it. */
export const EXPOSED_HEADERS = ['Retry-After', 'x-request-id'];
/** The balance's first answer asks for this wait, in seconds. */
const RETRY_AFTER_S = 6;
/** Timers may fire a little early against the mock's clock; more than this is a wrong wait, in ms. */
const EARLY_MS = 100;
/** A retry later than the wait plus this is a wrong wait too, in ms (a loaded machine is slow). */
const LATE_MS = 4_000;
const SERVER_ERROR_ID = 'req_cross_origin_500';

/**
 * Runs the checks against `app`'s production build with the API's origin exposing
 * `exposeHeaders`; throws on the first thing wrong. Returns what it saw, for the log.
 * @param {{ app: string, browser: () => Promise<import('playwright-core').Browser>, exposeHeaders?: string[] }} options
 */
export async function checkCrossOrigin({ app, browser, exposeHeaders = EXPOSED_HEADERS }) {
  const { xmodeError } = await loadFactory();
  const mock = await startMockApi();
  const pagePort = await freePort();
  const pageOrigin = `http://127.0.0.1:${pagePort}`;
  const api = await startStaticServer({ upstream: mock.url, apiKey: KEYS.server, cors: { origin: pageOrigin, exposeHeaders } });
  const site = await startStaticServer({ root: join(app, 'dist'), apiBase: `${api.url}/api`, port: pagePort });
  // The balance is rate limited once; the list fails twice with a 500 (internal_error is retried once).
  mock.script('GET', '/v1/balance', [xmodeError('rate_limited', { retryAfter: RETRY_AFTER_S, requestId: 'req_cross_origin_429' })]);
  const serverError = xmodeError('internal_error', { requestId: SERVER_ERROR_ID });
  mock.script('GET', '/v1/generations', [serverError, serverError]);
  let opened;
  try {
    opened = await openPage(await browser(), site.url, {
      expectedFailures: [
        { path: '/v1/balance', status: '429' },
        { path: '/v1/generations', status: '500' },
      ],
    });
    const { page } = opened;
    await exerciseDashboard(page);
    await page.getByText(`Request ID: ${SERVER_ERROR_ID}`).waitFor();
    await page.getByText(`${BALANCE} xTokens`).waitFor();
    await page.waitForLoadState('networkidle');
    assertNoProblems('cross-origin /', opened.problems);
  } finally {
    await opened?.close();
    await Promise.all([site.close(), api.close(), mock.close()]);
  }

  const foreign = api.origins.filter((origin) => origin !== pageOrigin);
  if (api.origins.length === 0 || foreign.length > 0) {
    throw new Error(`the API's origin expected every request from ${pageOrigin}, got Origin: ${JSON.stringify(api.origins)}`);
  }
  const [limited, retried] = mock.requests.filter((request) => request.path === '/v1/balance');
  if (!limited || !retried) throw new Error('the balance was not asked again after its 429');
  const waited = retried.at - limited.at;
  const asked = RETRY_AFTER_S * 1_000;
  if (waited < asked - EARLY_MS || waited > asked + LATE_MS) {
    throw new Error(
      `the 429 said Retry-After: ${RETRY_AFTER_S}, and the page asked again after ${(waited / 1_000).toFixed(1)} s ` +
        `(Access-Control-Expose-Headers: ${exposeHeaders.join(', ')}; without Retry-After the browser hides the header)`,
    );
  }
  return [
    `API on ${api.url} for the page on ${pageOrigin} (Access-Control-Expose-Headers: ${exposeHeaders.join(', ')}); ${api.origins.length} requests across origins`,
    `429 (Retry-After: ${RETRY_AFTER_S}) asked again after ${(waited / 1_000).toFixed(2)} s; the 500's request id ${SERVER_ERROR_ID} on screen; not-found state and field error shown, no console warning`,
  ];
}

export const crossOriginSteps = [
  ['Chromium, API on another origin', async ({ app, browser, log }) => (await checkCrossOrigin({ app, browser })).forEach((line) => log(line))],
];
