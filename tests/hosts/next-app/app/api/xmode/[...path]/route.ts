// The recommended way to call the xMode API from a browser: this route forwards
// `/api/xmode/v1/*` to the API and adds `Authorization` here, on the server, so the key
// never reaches the browser. Status, body, `Retry-After`, `Date` and `x-request-id` pass through
// untouched: the browser's client (the provider's, built from baseUrl="/api/xmode")
// parses them exactly as if it had called the API itself.
import { serverApiKey, upstreamUrl } from '../../../../lib/upstream';

type Context = { params: Promise<{ path: string[] }> };

const PASSED_BACK = ['content-type', 'retry-after', 'date', 'x-request-id'];

async function forward(request: Request, { params }: Context): Promise<Response> {
  const { path } = await params;
  if (path[0] !== 'v1') return Response.json({ error: { code: 'not_found', message: 'Not an xMode API path' } }, { status: 404 });
  const target = new URL(`/${path.map(encodeURIComponent).join('/')}`, upstreamUrl());
  target.search = new URL(request.url).search;
  const headers = new Headers({ accept: 'application/json' });
  const key = serverApiKey();
  if (key) headers.set('authorization', `Bearer ${key}`);
  const contentType = request.headers.get('content-type');
  if (contentType) headers.set('content-type', contentType);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const upstream = await fetch(target, {
    method: request.method,
    headers,
    body: hasBody ? await request.arrayBuffer() : undefined,
    signal: request.signal,
    cache: 'no-store',
  });
  const passed = new Headers();
  for (const name of PASSED_BACK) {
    const value = upstream.headers.get(name);
    if (value) passed.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers: passed });
}

export { forward as GET, forward as POST, forward as DELETE };
