// Drives a host's page in Chromium (playwright-core, Debian's chromium) the way a user
// would, and fails on any console warning or error, uncaught page error, or a request
// from the page that carries an Authorization header (the key stays server-side).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.mjs';
import { INVALID_EMAIL_MESSAGE, KEY_PREFIX } from './mockApi.mjs';

const TIMEOUT_MS = 15_000;
/** What Chromium logs for every HTTP error a page's fetch receives. */
const FAILED_RESOURCE = /^Failed to load resource: the server responded with a status of (\d{3})/;
/** The failures the dashboard provokes on purpose: the missing request and the form's validation error. */
const EXPECTED_FAILURES = [
  { path: '/v1/requests/req_missing', status: '404' },
  { path: '/v1/generations', status: '400' },
];

export function launchBrowser() {
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
}

/**
 * Opens `url` in a fresh context and records what a host must never show.
 * `expectedFailures` adds HTTP errors the check provokes on purpose (Chromium logs each).
 * @param {{ expectedFailures?: { path: string, status: string }[] }} [options]
 * @returns {Promise<{ page: import('playwright-core').Page, problems: string[], expected: string[], close(): Promise<void> }>}
 */
export async function openPage(browser, url, { expectedFailures = [] } = {}) {
  const allowed = [...EXPECTED_FAILURES, ...expectedFailures];
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  const problems = [];
  const expected = [];
  page.on('console', (message) => {
    if (message.type() !== 'warning' && message.type() !== 'error' && message.type() !== 'assert') return;
    const where = message.location().url;
    const status = FAILED_RESOURCE.exec(message.text())?.[1];
    if (status && allowed.some((failure) => failure.status === status && new URL(where).pathname.endsWith(failure.path))) {
      expected.push(`${status} ${new URL(where).pathname}`);
      return;
    }
    problems.push(`console.${message.type()}: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.stack ?? error.message}`));
  page.on('request', (request) => {
    if (request.headers().authorization !== undefined) problems.push(`the page sent an Authorization header to ${request.url()}`);
  });
  // Nothing the page receives (HTML, scripts, RSC payloads, API bodies) may carry a key.
  page.on('response', async (response) => {
    const body = await response.text().catch(() => '');
    if (body.includes(KEY_PREFIX)) problems.push(`a response to the page contains an API key: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems, expected, close: () => context.close() };
}

/**
 * The dashboard every host renders (tests/hosts/shared): the failing query shows the
 * not-found state; the form gets the server's field error at the field and in the summary.
 */
export async function exerciseDashboard(page) {
  await page.getByRole('heading', { name: "We couldn't find generation req_missing" }).waitFor();

  await page.getByLabel('Prompt').fill('A lighthouse at dusk');
  await page.getByLabel('End-user email').fill('ana@example.com');
  await page.getByRole('button', { name: 'Generate images' }).click();
  const fieldMessage = `End-user email ${INVALID_EMAIL_MESSAGE}`;
  await page.getByRole('alert').filter({ hasText: fieldMessage }).waitFor();
  const email = page.getByRole('textbox', { name: 'End-user email' });
  if ((await email.getAttribute('aria-invalid')) !== 'true') throw new Error('the email field is not aria-invalid after the validation_error');
  const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
  const described = await Promise.all(describedBy.split(/\s+/).filter(Boolean).map((id) => page.locator(`[id="${id}"]`).textContent()));
  if (!described.some((text) => text?.includes(fieldMessage))) {
    throw new Error(`the email field is not described by its server message (aria-describedby="${describedBy}")`);
  }
  // Late warnings (effects after the last render) still count.
  await page.waitForLoadState('networkidle');
}

/** Throws with every recorded problem, one per line. */
export function assertNoProblems(label, problems) {
  if (problems.length > 0) throw new Error(`${label}: ${problems.length} console/page problem(s):\n  ${problems.join('\n  ')}`);
}
