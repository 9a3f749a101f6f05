// Serves a Vite host's build for the browser check, as `vite preview` with a proxy would:
// files from `root` (index.html for unknown paths), and `/api/*` forwarded to the mock
// xMode API with the host's key added here, server-side — the page never holds a key.
//
// The cross-origin host runs it twice: the page's origin (`root` and `apiBase`, which
// index.html's <meta name="xmode-api-base"> is set to, no `/api`) and the API's origin
// (`upstream` and `cors`, no files) — a gateway on another port that answers CORS.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
/** The API's base URL as the app's index.html names it (tests/consumer/index.html). */
const API_BASE_META = /(<meta name="xmode-api-base" content=")[^"]*(")/;
/** How long a browser may cache a preflight's answer, in seconds. */
const PREFLIGHT_MAX_AGE_S = 600;

/**
 * @param {{
 *   root?: string, apiBase?: string,
 *   upstream?: string, apiKey?: string,
 *   cors?: { origin: string, exposeHeaders: string[] },
 *   port?: number,
 * }} options `cors.origin` is the one origin allowed; `cors.exposeHeaders` what its scripts may read.
 * @returns {Promise<{ url: string, origins: (string | undefined)[], close(): Promise<void> }>}
 *   `origins`: the `Origin` header of every `/api` request (undefined when the browser sent none).
 */
export async function startStaticServer({ root, apiBase, upstream, apiKey, cors, port = 0 }) {
  const origins = [];
  const index = root && apiBase ? withApiBase(readFileSync(join(root, 'index.html'), 'utf8'), apiBase) : undefined;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://static.invalid');
    if (upstream && url.pathname.startsWith('/api/')) {
      origins.push(req.headers.origin);
      if (cors) {
        res.setHeader('access-control-allow-origin', cors.origin);
        res.setHeader('vary', 'Origin');
        res.setHeader('access-control-expose-headers', cors.exposeHeaders.join(', '));
        if (req.method === 'OPTIONS') {
          res.writeHead(204, {
            'access-control-allow-methods': 'GET, POST, DELETE',
            'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '',
            'access-control-max-age': String(PREFLIGHT_MAX_AGE_S),
          });
          return res.end();
        }
      }
      return forward(req, res, `${upstream}${url.pathname.slice(4)}${url.search}`, apiKey);
    }
    if (!root || url.pathname === '/favicon.ico') {
      res.writeHead(root ? 204 : 404);
      return res.end();
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    const path = file.startsWith(root) && existsSync(file) && statSync(file).isFile() ? file : join(root, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    if (index !== undefined && path === join(root, 'index.html')) return res.end(index);
    createReadStream(path).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    origins,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function withApiBase(html, apiBase) {
  if (!API_BASE_META.test(html)) throw new Error('index.html has no <meta name="xmode-api-base">: the page would call its own origin');
  return html.replace(API_BASE_META, (_match, head, tail) => `${head}${apiBase}${tail}`);
}

async function forward(req, res, target, apiKey) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const headers = { accept: 'application/json', authorization: `Bearer ${apiKey}` };
  if (req.headers['content-type']) headers['content-type'] = req.headers['content-type'];
  const upstream = await fetch(target, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
  const out = {};
  for (const name of ['content-type', 'retry-after', 'x-request-id']) {
    const value = upstream.headers.get(name);
    if (value) out[name] = value;
  }
  res.writeHead(upstream.status, out);
  res.end(Buffer.from(await upstream.arrayBuffer()));
}
