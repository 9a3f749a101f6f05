// Serves a Vite host's build for the browser check, as `vite preview` with a proxy would:
// files from `root` (index.html for unknown paths), and `/api/*` forwarded to the mock
// xMode API with the host's key added here, server-side — the page never holds a key.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

/**
 * @param {{ root: string, upstream: string, apiKey: string }} options
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function startStaticServer({ root, upstream, apiKey }) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://static.invalid');
    if (url.pathname.startsWith('/api/')) return forward(req, res, `${upstream}${url.pathname.slice(4)}${url.search}`, apiKey);
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    const path = file.startsWith(root) && existsSync(file) && statSync(file).isFile() ? file : join(root, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
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
