// A small real xMode API for the host fixtures (scripts/test-hosts.mjs): a Node http
// server on a free loopback port that answers the documented error shapes and records
// every request it receives (method, path, which key), so a check can tell a request
// that was sent from one that failed unsent.
//
//   GET  /v1/balance          200 { xTokens } — 429 rate_limited (Retry-After: 120) for RATE_LIMITED_KEY
//   GET  /v1/generations      200 [one succeeded generation]
//   GET  /v1/requests/:id     404 not_found
//   POST /v1/generations      400 validation_error on `endUserEmail`
//   anything without a known `Authorization: Bearer xm_live_…` → 401 unauthorized
//
// Error answers come from the package's own xmode-error-ui/testing (dist/testing, built by
// `npm run test:hosts`): the documented status, headers and body. A check can queue
// answers for one endpoint ahead of these rules with `script(method, path, answers)`.
import { createServer } from 'node:http';

/** The keys the mock accepts. Fake, but shaped like real ones, so leak checks look for `xm_live_`. */
export const KEYS = {
  /** The host's own key, added server-side by a proxy (Next route handler, the Vite hosts' static server). */
  server: 'xm_live_hostserver0000000000000001',
  /** Tenant A: its balance answers 429 with `Retry-After: 120`. */
  tenantA: 'xm_live_tenantA00000000000000000002',
  /** Tenant B: its balance answers 200. */
  tenantB: 'xm_live_tenantB00000000000000000003',
};
export const KEY_PREFIX = 'xm_live_';
export const RATE_LIMITED_KEY = KEYS.tenantA;
export const BALANCE = 1200;
export const INVALID_EMAIL_MESSAGE = 'must be a valid email address';

const KNOWN_KEYS = new Set(Object.values(KEYS));

/** xmode-error-ui/testing as built in dist/ (the host runner builds before it starts). */
export async function loadFactory() {
  try {
    return await import('../../dist/testing/index.js');
  } catch (cause) {
    throw new Error('the mock xMode API answers with dist/testing (xmode-error-ui/testing): run `npm run build` first', { cause });
  }
}

/**
 * Starts the mock on 127.0.0.1 and a free port.
 * @returns {Promise<{
 *   url: string,
 *   requests: { method: string, path: string, key?: string, at: number }[],
 *   sent(key: string, path: string): number,
 *   script(method: string, path: string, answers: { status: number, headers: Record<string, string>, body: unknown }[]): void,
 *   close(): Promise<void>,
 * }>} `at` is when the request arrived (epoch ms); `script` queues answers, one per request, before the rules.
 */
export async function startMockApi() {
  const { xmodeError } = await loadFactory();
  const requests = [];
  const scripted = new Map(); // `${method} ${path}` → answers still to give
  let served = 0;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://mock.invalid');
    const key = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    requests.push({ method: req.method ?? 'GET', path: url.pathname, key, at: Date.now() });
    const body = await readJson(req);
    served += 1;
    const requestId = `req_mock_${served}`;
    const send = ({ status, headers, body: payload }) => {
      res.writeHead(status, headers);
      res.end(JSON.stringify(payload));
    };
    const answer = (status, payload) => send({ status, headers: { 'content-type': 'application/json', 'x-request-id': requestId }, body: payload });
    const error = (code, message, overrides = {}) => send(xmodeError(code, { message, requestId, ...overrides }));

    if (!key || !KNOWN_KEYS.has(key)) return error('unauthorized', 'Missing or invalid Authorization header');
    const queued = scripted.get(`${req.method} ${url.pathname}`);
    if (queued?.length) return send(queued.shift());
    if (req.method === 'GET' && url.pathname === '/v1/balance') {
      if (key === RATE_LIMITED_KEY) return error('rate_limited', 'Too many requests', { retryAfter: 120 });
      return answer(200, { xTokens: BALANCE });
    }
    if (req.method === 'GET' && url.pathname === '/v1/generations') return answer(200, [{ id: 'gen_1', status: 'succeeded' }]);
    const requestMatch = /^\/v1\/requests\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && requestMatch) {
      return error('not_found', `Request ${decodeURIComponent(requestMatch[1])} does not exist`);
    }
    if (req.method === 'POST' && url.pathname === '/v1/generations') {
      if (typeof body?.prompt !== 'string' || body.prompt === '') {
        return error('validation_error', 'prompt is required', { fields: { prompt: 'is required' } });
      }
      return error('validation_error', `endUserEmail ${INVALID_EMAIL_MESSAGE}`, { fields: { endUserEmail: INVALID_EMAIL_MESSAGE } });
    }
    return error('not_found', 'No such endpoint');
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    sent: (key, path) => requests.filter((request) => request.key === key && request.path === path).length,
    script: (method, path, answers) => scripted.set(`${method} ${path}`, [...(scripted.get(`${method} ${path}`) ?? []), ...answers]),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}
