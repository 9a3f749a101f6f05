import type { XModeErrorCode } from '../../../src/core';

/**
 * Real answers of what stands between a dashboard and the xMode API — proxies, CDNs,
 * gateways, load balancers, firewalls, captive portals, other APIs — each with the
 * outcome it must have and where it comes from (#22). Bodies are verbatim from the
 * source; `note` says what was filled in (a host, a request id, a URL a template leaves
 * open) or cut.
 */
export interface IntermediaryAnswer {
  /** Who answered, and what. */
  name: string;
  status: number;
  headers: Record<string, string>;
  body: string;
  expected: {
    code: XModeErrorCode;
    /** `Retry-After` read into milliseconds, when the answer sends one. */
    retryAfterMs?: number;
  };
  /** Words of the body the user must never read: the copy and the message stay free of them. */
  foreign: readonly string[];
  /** Where the answer comes from: a URL, or repository + path at a commit. */
  source: string;
  /** What is not verbatim: placeholders filled in, ids, a page cut short. */
  note?: string;
}

const CRLF = '\r\n';

// nginx's special responses: a page per status, then the tail (`server_tokens on` names
// the version; `off` says "nginx"), and for Chrome and MSIE the padding that disables
// their "friendly" error pages (fetch from Chrome sends a Chrome User-Agent).
const NGINX = 'nginx/nginx src/http/ngx_http_special_response.c @ 3f6f7824d4e2eb1ac37dec76683d525ac0ff521c';
const NGINX_FULL_TAIL = `<hr><center>nginx/1.31.5</center>${CRLF}</body>${CRLF}</html>${CRLF}`;
const NGINX_TAIL = `<hr><center>nginx</center>${CRLF}</body>${CRLF}</html>${CRLF}`;
const NGINX_PADDING = `<!-- a padding to disable MSIE and Chrome friendly error page -->${CRLF}`.repeat(6);
function nginxPage(title: string, heading = title, line?: string): string {
  return [`<html>`, `<head><title>${title}</title></head>`, `<body>`, `<center><h1>${heading}</h1></center>`, ...(line ? [`<center>${line}</center>`] : [])]
    .map((part) => part + CRLF)
    .join('');
}

// HAProxy's built-in errors: `<html><body><h1>…</h1>\n…\n</body></html>\n`.
const HAPROXY = 'haproxy/haproxy src/http.c (http_err_msgs) @ 50872daa6a857e82afc40b1c5161924aef4172d7';
function haproxyPage(title: string, line: string): string {
  return `<html><body><h1>${title}</h1>\n${line}\n</body></html>\n`;
}

// Kong's JSON error template (kong/tools/http.lua) around the message of the plugin or
// handler that refused.
const KONG = 'Kong/kong @ 22246ef28c16842098369b494eef879222e30c7b';
const KONG_HEADERS = { 'content-type': 'application/json; charset=utf-8', server: 'kong/3.10.0', 'x-kong-response-latency': '1', 'x-kong-request-id': '4f0c9d2a6b5e1c7d3a8b9e0f' };
function kongBody(message: string): string {
  return `{\n  "message":"${message}",\n  "request_id":"4f0c9d2a6b5e1c7d3a8b9e0f"\n}`;
}
const KONG_NOTE = 'request_id and x-kong-request-id filled in';

const TRAEFIK = 'traefik/traefik @ fd5a576df2e8aeb0bfc8a96b6ef6e60a61f7ec0a';
const GO_TEXT = { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' };

const SQUID = 'squid-cache/squid errors/templates/ERR_ACCESS_DENIED, ERR_CONNECT_FAIL; src/errorpage.cc (X-Squid-Error) @ 7c20a8a787d1ef399c56515a847610c0f8d12147';
function squidPage(error: string, paragraphs: string): string {
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<html><head>
<meta type="copyright" content="Copyright (C) 1996-2026 The Squid Software Foundation and contributors">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>ERROR: The requested URL could not be retrieved</title>
</head><body id=${error}>
<div id="titles">
<h1>ERROR</h1>
<h2>The requested URL could not be retrieved</h2>
</div>
<hr>

<div id="content">
<p>The following error was encountered while trying to retrieve the URL: <a href="http://api.xmode.example/v1/balance">http://api.xmode.example/v1/balance</a></p>
${paragraphs}
<p>Your cache administrator is <a href="mailto:helpdesk@corp.example">helpdesk@corp.example</a>.</p>
<br>
</div>

<hr>
<div id="footer">
<p>Generated Wed, 25 Nov 2026 12:00:00 GMT by proxy.corp.example (squid/6.10)</p>
<!-- ${error} -->
</div>
</body></html>
`;
}
const SQUID_HEADERS = { 'content-type': 'text/html;charset=utf-8', server: 'squid/6.10', via: '1.1 proxy.corp.example (squid/6.10)', 'x-cache': 'MISS from proxy.corp.example' };
const SQUID_NOTE = 'template placeholders (%U, %w, %T, %h, %s, %c, %I, %E) filled with a corporate proxy; the %l stylesheet left out';

const CLOUDFLARE_TYPE = 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes';
const CLOUDFLARE_JSON = { 'content-type': 'application/json; charset=utf-8', server: 'cloudflare' };

const API_GATEWAY_HEADERS = { 'content-type': 'application/json', 'x-amzn-requestid': '89b682e5-ac18-4fac-a917-2155723ed59b', 'x-amz-apigw-id': 'YIwYiFstIAMESqA=' };

export const CORPUS: readonly IntermediaryAnswer[] = [
  // ── nginx ────────────────────────────────────────────────────────────────────────
  {
    name: 'nginx 400 Request Header Or Cookie Too Large (its own 494)',
    status: 400,
    headers: { 'content-type': 'text/html', server: 'nginx/1.31.5' },
    body: nginxPage('400 Request Header Or Cookie Too Large', '400 Bad Request', 'Request Header Or Cookie Too Large') + NGINX_FULL_TAIL,
    expected: { code: 'unexpected_response' },
    foreign: ['Request Header Or Cookie Too Large', 'Bad Request', 'nginx'],
    source: `${NGINX} (ngx_http_error_494_page)`,
  },
  {
    name: 'nginx 400 The plain HTTP request was sent to HTTPS port (its own 497)',
    status: 400,
    headers: { 'content-type': 'text/html', server: 'nginx' },
    body: nginxPage('400 The plain HTTP request was sent to HTTPS port', '400 Bad Request', 'The plain HTTP request was sent to HTTPS port') + NGINX_TAIL,
    expected: { code: 'unexpected_response' },
    foreign: ['plain HTTP request', 'HTTPS port'],
    source: `${NGINX} (ngx_http_error_497_page)`,
  },
  {
    name: 'nginx 401 Authorization Required (auth_basic in front of the API)',
    status: 401,
    headers: { 'content-type': 'text/html', server: 'nginx/1.31.5', 'www-authenticate': 'Basic realm="Restricted"' },
    body: nginxPage('401 Authorization Required') + NGINX_FULL_TAIL,
    expected: { code: 'unauthorized' },
    foreign: ['Authorization Required', 'nginx'],
    source: `${NGINX} (ngx_http_error_401_page)`,
  },
  {
    name: 'nginx 403 Forbidden, with the padding Chrome gets',
    status: 403,
    headers: { 'content-type': 'text/html', server: 'nginx' },
    body: nginxPage('403 Forbidden') + NGINX_TAIL + NGINX_PADDING,
    expected: { code: 'unexpected_response' },
    foreign: ['403 Forbidden', 'padding', 'friendly error page'],
    source: `${NGINX} (ngx_http_error_403_page, ngx_http_msie_padding)`,
  },
  {
    name: 'nginx 404 Not Found (a base URL pointing at the wrong server)',
    status: 404,
    headers: { 'content-type': 'text/html', server: 'nginx/1.31.5' },
    body: nginxPage('404 Not Found') + NGINX_FULL_TAIL,
    expected: { code: 'unexpected_response' },
    foreign: ['Not Found', 'nginx'],
    source: `${NGINX} (ngx_http_error_404_page)`,
  },
  {
    name: 'nginx 413 Request Entity Too Large (client_max_body_size, reference images)',
    status: 413,
    headers: { 'content-type': 'text/html', server: 'nginx' },
    body: nginxPage('413 Request Entity Too Large') + NGINX_TAIL,
    expected: { code: 'unexpected_response' },
    foreign: ['Request Entity Too Large'],
    source: `${NGINX} (ngx_http_error_413_page)`,
  },
  {
    name: 'nginx 429 Too Many Requests (limit_req_status 429)',
    status: 429,
    headers: { 'content-type': 'text/html', server: 'nginx' },
    body: nginxPage('429 Too Many Requests') + NGINX_TAIL,
    expected: { code: 'rate_limited' },
    foreign: ['429 Too Many Requests', 'nginx'],
    source: `${NGINX} (ngx_http_error_429_page)`,
  },
  {
    name: 'nginx 502 Bad Gateway',
    status: 502,
    headers: { 'content-type': 'text/html', server: 'nginx/1.31.5' },
    body: nginxPage('502 Bad Gateway') + NGINX_FULL_TAIL,
    expected: { code: 'internal_error' },
    foreign: ['Bad Gateway', 'nginx'],
    source: `${NGINX} (ngx_http_error_502_page)`,
  },
  {
    name: 'nginx 503 Service Temporarily Unavailable (also limit_req by default)',
    status: 503,
    headers: { 'content-type': 'text/html', server: 'nginx' },
    body: nginxPage('503 Service Temporarily Unavailable') + NGINX_TAIL,
    expected: { code: 'internal_error' },
    foreign: ['Service Temporarily Unavailable'],
    source: `${NGINX} (ngx_http_error_503_page)`,
  },
  {
    name: 'nginx 504 Gateway Time-out',
    status: 504,
    headers: { 'content-type': 'text/html', server: 'nginx/1.31.5' },
    body: nginxPage('504 Gateway Time-out') + NGINX_FULL_TAIL,
    expected: { code: 'internal_error' },
    foreign: ['Gateway Time-out', 'nginx'],
    source: `${NGINX} (ngx_http_error_504_page)`,
  },

  // ── HAProxy ──────────────────────────────────────────────────────────────────────
  {
    name: 'HAProxy 400 Bad request',
    status: 400,
    headers: { 'content-type': 'text/html', 'cache-control': 'no-cache' },
    body: haproxyPage('400 Bad request', 'Your browser sent an invalid request.'),
    expected: { code: 'unexpected_response' },
    foreign: ['Your browser sent an invalid request'],
    source: `${HAPROXY} [HTTP_ERR_400]`,
  },
  {
    name: 'HAProxy 401 Unauthorized (http-request auth)',
    status: 401,
    headers: { 'content-type': 'text/html', 'cache-control': 'no-cache', 'www-authenticate': 'Basic realm="api"' },
    body: haproxyPage('401 Unauthorized', 'You need a valid user and password to access this content.'),
    expected: { code: 'unauthorized' },
    foreign: ['valid user and password'],
    source: `${HAPROXY} [HTTP_ERR_401]`,
  },
  {
    name: 'HAProxy 403 Forbidden (an ACL of the corporate edge)',
    status: 403,
    headers: { 'content-type': 'text/html', 'cache-control': 'no-cache' },
    body: haproxyPage('403 Forbidden', 'Request forbidden by administrative rules.'),
    expected: { code: 'unexpected_response' },
    foreign: ['administrative rules', '403 Forbidden'],
    source: `${HAPROXY} [HTTP_ERR_403]`,
  },
  {
    name: 'HAProxy 408 Request Time-out',
    status: 408,
    headers: { 'content-type': 'text/html', 'cache-control': 'no-cache' },
    body: haproxyPage('408 Request Time-out', "Your browser didn't send a complete request in time."),
    expected: { code: 'unexpected_response' },
    foreign: ["didn't send a complete request", 'Request Time-out'],
    source: `${HAPROXY} [HTTP_ERR_408]`,
  },
  {
    name: 'HAProxy 429 Too Many Requests',
    status: 429,
    headers: { 'content-type': 'text/html', 'cache-control': 'no-cache' },
    body: haproxyPage('429 Too Many Requests', 'You have sent too many requests in a given amount of time.'),
    expected: { code: 'rate_limited' },
    foreign: ['in a given amount of time'],
    source: `${HAPROXY} [HTTP_ERR_429]`,
  },
  {
    name: 'HAProxy 502 Bad Gateway',
    status: 502,
    headers: { 'content-type': 'text/html', 'cache-control': 'no-cache' },
    body: haproxyPage('502 Bad Gateway', 'The server returned an invalid or incomplete response.'),
    expected: { code: 'internal_error' },
    foreign: ['invalid or incomplete response', 'Bad Gateway'],
    source: `${HAPROXY} [HTTP_ERR_502]`,
  },
  {
    name: 'HAProxy 503 Service Unavailable (no server is up)',
    status: 503,
    headers: { 'content-type': 'text/html', 'cache-control': 'no-cache' },
    body: haproxyPage('503 Service Unavailable', 'No server is available to handle this request.'),
    expected: { code: 'internal_error' },
    foreign: ['No server is available'],
    source: `${HAPROXY} [HTTP_ERR_503]; also examples/errorfiles/503.http`,
  },
  {
    name: 'HAProxy 504 Gateway Time-out',
    status: 504,
    headers: { 'content-type': 'text/html', 'cache-control': 'no-cache' },
    body: haproxyPage('504 Gateway Time-out', "The server didn't respond in time."),
    expected: { code: 'internal_error' },
    foreign: ["didn't respond in time"],
    source: `${HAPROXY} [HTTP_ERR_504]`,
  },

  // ── Kong ─────────────────────────────────────────────────────────────────────────
  {
    name: 'Kong 404 no Route matched with those values',
    status: 404,
    headers: KONG_HEADERS,
    body: kongBody('no Route matched with those values'),
    expected: { code: 'unexpected_response' },
    foreign: ['no Route matched', 'Route'],
    source: `${KONG} kong/runloop/handler.lua:1225, kong/tools/http.lua (ERROR_TEMPLATES json)`,
    note: KONG_NOTE,
  },
  {
    name: 'Kong 401 No API key found in request (key-auth)',
    status: 401,
    headers: { ...KONG_HEADERS, 'www-authenticate': 'Key' },
    body: kongBody('No API key found in request'),
    expected: { code: 'unauthorized' },
    foreign: ['No API key found'],
    source: `${KONG} kong/plugins/key-auth/handler.lua (ERR_NO_API_KEY)`,
    note: KONG_NOTE,
  },
  {
    name: 'Kong 401 Unauthorized (key-auth, a key Kong does not know)',
    status: 401,
    headers: KONG_HEADERS,
    body: kongBody('Unauthorized'),
    expected: { code: 'unauthorized' },
    foreign: ['Unauthorized', 'request_id'],
    source: `${KONG} kong/plugins/key-auth/handler.lua (ERR_INVALID_AUTH_CRED)`,
    note: KONG_NOTE,
  },
  {
    name: 'Kong 403 You cannot consume this service (acl)',
    status: 403,
    headers: KONG_HEADERS,
    body: kongBody('You cannot consume this service'),
    expected: { code: 'unexpected_response' },
    foreign: ['cannot consume this service'],
    source: `${KONG} kong/plugins/acl/handler.lua`,
    note: KONG_NOTE,
  },
  {
    name: 'Kong 413 Request size limit exceeded (request-size-limiting)',
    status: 413,
    headers: KONG_HEADERS,
    body: kongBody('Request size limit exceeded'),
    expected: { code: 'unexpected_response' },
    foreign: ['Request size limit exceeded'],
    source: `${KONG} kong/plugins/request-size-limiting/handler.lua`,
    note: KONG_NOTE,
  },
  {
    name: 'Kong 429 API rate limit exceeded (rate-limiting, Retry-After)',
    status: 429,
    headers: { ...KONG_HEADERS, 'retry-after': '37', 'ratelimit-limit': '60', 'ratelimit-remaining': '0', 'ratelimit-reset': '37' },
    body: kongBody('API rate limit exceeded'),
    expected: { code: 'rate_limited', retryAfterMs: 37_000 },
    foreign: ['API rate limit exceeded'],
    source: `${KONG} kong/plugins/rate-limiting/schema.lua (error_message default), handler.lua (Retry-After)`,
    note: `${KONG_NOTE}; the reset seconds are an example`,
  },
  {
    name: 'Kong 502 An invalid response was received from the upstream server',
    status: 502,
    headers: KONG_HEADERS,
    body: kongBody('An invalid response was received from the upstream server'),
    expected: { code: 'internal_error' },
    foreign: ['invalid response was received', 'upstream server'],
    source: `${KONG} kong/error_handlers.lua (BODIES[502])`,
    note: KONG_NOTE,
  },
  {
    name: 'Kong 503 failure to get a peer from the ring-balancer',
    status: 503,
    headers: KONG_HEADERS,
    body: kongBody('failure to get a peer from the ring-balancer'),
    expected: { code: 'internal_error' },
    foreign: ['ring-balancer', 'peer'],
    source: `${KONG} kong/runloop/balancer/init.lua:355, kong/runloop/handler.lua:1167 (kong.response.error(errcode, err))`,
    note: KONG_NOTE,
  },
  {
    name: 'Kong 504 The upstream server is timing out',
    status: 504,
    headers: KONG_HEADERS,
    body: kongBody('The upstream server is timing out'),
    expected: { code: 'internal_error' },
    foreign: ['upstream server is timing out'],
    source: `${KONG} kong/error_handlers.lua (BODIES[504])`,
    note: KONG_NOTE,
  },

  // ── Envoy (Istio, Contour, Envoy Gateway) ────────────────────────────────────────
  {
    name: 'Envoy 503 upstream connect error or disconnect/reset before headers',
    status: 503,
    headers: { 'content-type': 'text/plain', server: 'envoy', 'x-envoy-upstream-service-time': '269' },
    body: 'upstream connect error or disconnect/reset before headers. reset reason: connection failure',
    expected: { code: 'internal_error' },
    foreign: ['upstream connect error', 'reset reason'],
    source: 'https://github.com/knative-extensions/net-contour/issues/237 (full response quoted); also istio/istio#20475',
  },
  {
    name: 'Envoy 503 no healthy upstream',
    status: 503,
    headers: { 'content-type': 'text/plain', server: 'envoy' },
    body: 'no healthy upstream',
    expected: { code: 'internal_error' },
    foreign: ['no healthy upstream'],
    source: 'https://github.com/envoyproxy/envoy/issues/33000 ("503 no healthy upstream"); envoyproxy/envoy source/common/router/router.cc (sendNoHealthyUpstreamResponse)',
  },
  {
    name: 'Envoy 504 upstream request timeout',
    status: 504,
    headers: { 'content-type': 'text/plain', server: 'envoy' },
    body: 'upstream request timeout',
    expected: { code: 'internal_error' },
    foreign: ['upstream request timeout'],
    source: 'https://github.com/envoyproxy/envoy/issues/17593 ("504 Gateway Timeout - upstream request timeout")',
  },
  {
    name: 'Envoy 403 RBAC: access denied (Istio AuthorizationPolicy)',
    status: 403,
    headers: { 'content-type': 'text/plain', server: 'istio-envoy' },
    body: 'RBAC: access denied',
    expected: { code: 'unexpected_response' },
    foreign: ['RBAC', 'access denied'],
    source: 'envoyproxy/envoy source/extensions/filters/http/rbac/rbac_filter.cc @ 01f134cfc214cce1bf8f94d07a73ee34b24f9e14 (sendLocalReply(Forbidden, "RBAC: access denied")); https://github.com/istio/istio/issues/31452',
  },
  {
    name: 'Envoy 429 local_rate_limited',
    status: 429,
    headers: { 'content-type': 'text/plain', server: 'envoy' },
    body: 'local_rate_limited',
    expected: { code: 'rate_limited' },
    foreign: ['local_rate_limited'],
    source: 'envoyproxy/envoy source/extensions/filters/http/local_ratelimit/local_ratelimit.cc @ 00549edc7e29310f6d239b20d7701d430519f552 (sendLocalReply(status, "local_rate_limited"))',
  },

  // ── Traefik ──────────────────────────────────────────────────────────────────────
  {
    name: 'Traefik 404 page not found (no router matched)',
    status: 404,
    headers: GO_TEXT,
    body: '404 page not found\n',
    expected: { code: 'unexpected_response' },
    foreign: ['page not found'],
    source: `${TRAEFIK} pkg/server/router/router.go (http.NotFoundHandler)`,
  },
  {
    name: 'Traefik 429 Too Many Requests (ratelimit middleware, Retry-After)',
    status: 429,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '1', 'x-retry-in': '750ms' },
    body: 'Too Many Requests',
    expected: { code: 'rate_limited', retryAfterMs: 1000 },
    foreign: ['Too Many Requests'],
    source: `${TRAEFIK} pkg/middlewares/ratelimiter/rate_limiter.go (serveDelayError)`,
    note: 'X-Retry-In is an example delay',
  },
  {
    name: 'Traefik 502 Bad Gateway (the backend closed the connection)',
    status: 502,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: 'Bad Gateway',
    expected: { code: 'internal_error' },
    foreign: ['Bad Gateway'],
    source: `${TRAEFIK} pkg/proxy/httputil/proxy.go (ErrorHandlerWithContext, ComputeStatusCode)`,
  },
  {
    name: 'Traefik 503 no available server',
    status: 503,
    headers: GO_TEXT,
    body: 'no available server\n',
    expected: { code: 'internal_error' },
    foreign: ['no available server'],
    source: `${TRAEFIK} pkg/server/service/loadbalancer/wrr/wrr.go (errNoAvailableServer)`,
  },

  // ── Cloudflare (the client asks for JSON: Cloudflare answers RFC 9457 JSON) ─────────
  {
    name: 'Cloudflare 522 Connection timed out (structured JSON, Retry-After: 120)',
    status: 522,
    headers: { ...CLOUDFLARE_JSON, 'retry-after': '120', 'cf-ray': '9f140b785e57c458-FRA' },
    body: JSON.stringify({
      type: `${CLOUDFLARE_TYPE}/cloudflare-5xx-errors/error-522/`,
      title: 'Error 522: Connection timed out',
      status: 522,
      detail: 'Cloudflare could not establish a TCP connection to the origin server. The TCP handshake timed out, which may indicate the origin is overloaded, firewalling Cloudflare, or unreachable at the network level.',
      instance: '9f140b785e57c458',
      error_code: 522,
      error_name: 'connection_timeout',
      error_category: 'origin',
      ray_id: '9f140b785e57c458',
      timestamp: '2026-04-24T09:22:40Z',
      zone: 'example.com',
      cloudflare_error: true,
      retryable: true,
      retry_after: 120,
      owner_action_required: true,
      what_you_should_do: '**Wait and retry.** Back off for at least 120 seconds. If the error persists, the website operator should verify firewall rules and ensure the origin accepts connections from Cloudflare IP ranges.',
      footer: 'This error was generated by Cloudflare on behalf of the website owner.',
    }, null, '\t'),
    expected: { code: 'internal_error', retryAfterMs: 120_000 },
    foreign: ['Connection timed out', 'TCP handshake', 'Wait and retry', 'Cloudflare IP ranges'],
    source: 'https://developers.cloudflare.com/fundamentals/reference/error-responses/ (published 522 example; Retry-After matches retry_after)',
  },
  {
    name: 'Cloudflare 1015 rate limited (structured JSON, 429, Retry-After: 30)',
    status: 429,
    headers: { ...CLOUDFLARE_JSON, 'retry-after': '30', 'cf-ray': 'a28817ceee58faca-AMS' },
    body: JSON.stringify({
      type: `${CLOUDFLARE_TYPE}/cloudflare-1xxx-errors/error-1015/`,
      title: 'Error 1015: You are being rate limited',
      status: 429,
      detail: "You are being rate-limited by the website owner's configuration.",
      instance: 'a28817ceee58faca',
      error_code: 1015,
      error_name: 'rate_limited',
      error_category: 'rate_limit',
      ray_id: 'a28817ceee58faca',
      timestamp: '2026-08-09T16:21:17Z',
      zone: 'blog.cloudflare.com',
      cloudflare_error: true,
      retryable: true,
      retry_after: 30,
      what_you_should_do: '**Wait and retry.** This block is transient. Wait at least 30 seconds, then retry with exponential backoff.',
      owner_action_required: false,
      footer: 'This error was generated by Cloudflare on behalf of the website owner.',
    }, null, 2),
    expected: { code: 'rate_limited', retryAfterMs: 30_000 },
    foreign: ['website owner', 'exponential backoff', 'Error 1015'],
    source: 'https://developers.cloudflare.com/changelog/post/2026-03-11-json-rfc9457-responses-for-1xxx-errors/ and /changelog/post/2026-03-12-retry-after-header-for-1xxx-errors/ (members; 1015 → Retry-After 30)',
    note: 'what_you_should_do cut after its first sentences',
  },
  {
    name: 'Cloudflare 1020 Access denied by a firewall rule (structured JSON, 403)',
    status: 403,
    headers: { ...CLOUDFLARE_JSON, 'cf-ray': 'a28818bd8e015024-AMS' },
    body: '{"type":"https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1020/","title":"Error 1020: Access denied","status":403,"detail":"The request was blocked by a Cloudflare firewall rule configured by the site owner.","instance":"a28818bd8e015024","error_code":1020,"error_name":"firewall_rule_blocked","error_category":"access_denied","ray_id":"a28818bd8e015024","timestamp":"2026-08-09T16:21:55Z","zone":"blog.cloudflare.com","cloudflare_error":true,"retryable":false,"owner_action_required":true,"what_you_should_do":"**Do not retry.** This block is intentional. Contact the site owner if you believe this is an error.","footer":"This error was generated by Cloudflare on behalf of the website owner."}',
    expected: { code: 'unexpected_response' },
    foreign: ['firewall rule', 'Do not retry', 'site owner'],
    source: 'https://developers.cloudflare.com/fundamentals/reference/error-responses/ (members of a non-retryable 1xxx: no retry_after)',
  },
  {
    name: 'Cloudflare 502 Bad gateway from the origin (structured JSON, Retry-After: 60)',
    status: 502,
    headers: { ...CLOUDFLARE_JSON, 'retry-after': '60', 'cf-ray': 'a141ee11a94440d9-SJC' },
    body: JSON.stringify({
      type: `${CLOUDFLARE_TYPE}/cloudflare-5xx-errors/error-502/`,
      title: 'Error 502: Bad gateway',
      status: 502,
      detail: 'The origin web server returned an invalid or incomplete response to Cloudflare.',
      error_code: 502,
      error_name: 'origin_bad_gateway',
      error_category: 'origin',
      ray_id: 'a141ee11a94440d9',
    }),
    expected: { code: 'internal_error', retryAfterMs: 60_000 },
    foreign: ['origin web server', 'Bad gateway'],
    source: 'https://developers.cloudflare.com/changelog/post/2026-04-27-structured-responses-for-5xx-errors/ (502 → category origin, Retry-After 60)',
    note: 'members after ray_id left out',
  },

  // ── AWS: API Gateway, ALB, CloudFront ───────────────────────────────────────────
  {
    name: 'API Gateway 403 Missing Authentication Token (a path or method that does not exist)',
    status: 403,
    headers: { ...API_GATEWAY_HEADERS, 'x-amzn-errortype': 'MissingAuthenticationTokenException' },
    body: '{"message":"Missing Authentication Token"}',
    expected: { code: 'unexpected_response' },
    foreign: ['Missing Authentication Token', 'Authentication Token'],
    source: 'https://repost.aws/knowledge-center/api-gateway-authentication-token-errors; https://gist.github.com/kevinhooke/fe4bbcdfdb3080c56bd79637bb37f09f',
    note: 'request ids filled in',
  },
  {
    name: 'API Gateway 504 Endpoint request timed out (29 s integration timeout)',
    status: 504,
    headers: { ...API_GATEWAY_HEADERS, 'x-amzn-errortype': 'InternalServerErrorException' },
    body: '{"message": "Endpoint request timed out"}',
    expected: { code: 'internal_error' },
    foreign: ['Endpoint request timed out'],
    source: 'https://github.com/aws/context-ontology-accelerator/issues/185; https://github.com/ks888/LambStatus/issues/36',
    note: 'request ids filled in',
  },
  {
    name: 'API Gateway (HTTP API) 503 Service Unavailable',
    status: 503,
    headers: { 'content-type': 'application/json', 'apigw-requestid': 'RL2XYiwjPHcEMEQ=' },
    body: '{"message":"Service Unavailable"}',
    expected: { code: 'internal_error' },
    foreign: ['Service Unavailable'],
    source: 'https://github.com/cortexlabs/cortex/issues/1225 (full response quoted)',
  },
  {
    name: 'API Gateway 429 Too Many Requests (THROTTLED)',
    status: 429,
    headers: { ...API_GATEWAY_HEADERS, 'x-amzn-errortype': 'TooManyRequestsException' },
    body: '{"message":"Too Many Requests"}',
    expected: { code: 'rate_limited' },
    foreign: ['Too Many Requests', '"message"'],
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html (THROTTLED, 429)',
    note: 'request ids filled in',
  },
  {
    name: 'AWS ALB 502 Bad Gateway',
    status: 502,
    headers: { 'content-type': 'text/html', server: 'awselb/2.0', date: 'Sat, 05 May 2018 02:36:48 GMT' },
    body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body bgcolor="white">\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n',
    expected: { code: 'internal_error' },
    foreign: ['502 Bad Gateway', 'awselb'],
    source: 'https://github.com/esi/esi-issues/issues/902 (headers and body quoted)',
    note: 'line ends as ALB sends them (CRLF); the issue shows them as LF',
  },
  {
    name: 'CloudFront 403 The request could not be satisfied (request blocked)',
    status: 403,
    headers: { 'content-type': 'text/html', server: 'CloudFront', via: '1.1 5195de19cbc5ce842ac6538e9a6850ca.cloudfront.net (CloudFront)', 'x-cache': 'Error from cloudfront', 'x-amz-cf-pop': 'KHI50-C1', 'x-amz-cf-id': 'yAVJq61sXZF698L6U0_OLf56TAV3ABYMca5wFC73ZQh1FcReiuFzwA==' },
    body: `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">
<TITLE>ERROR: The request could not be satisfied</TITLE>
</HEAD><BODY>
<H1>403 ERROR</H1>
<H2>The request could not be satisfied.</H2>
<HR noshade size="1px">
Request blocked.
We can't connect to the server for this app or website at this time. There might be too much traffic or a configuration error. Try again later, or contact the app or website owner.
<BR clear="all">
If you provide content to customers through CloudFront, you can find steps to troubleshoot and help prevent this error by reviewing the CloudFront documentation.
<BR clear="all">
<HR noshade size="1px">
<PRE>
Generated by cloudfront (CloudFront)
Request ID: yAVJq61sXZF698L6U0_OLf56TAV3ABYMca5wFC73ZQh1FcReiuFzwA==
</PRE>
<ADDRESS>
</ADDRESS>
</BODY></HTML>`,
    expected: { code: 'unexpected_response' },
    foreign: ['could not be satisfied', 'Request blocked', 'too much traffic', 'CloudFront'],
    source: 'https://github.com/aws/studio-lab-examples/issues/271 (text and request id); https://github.com/phillhocking/aws-ghost/issues/9',
    note: 'markup around the quoted text as CloudFront serves it; pop and via host filled in',
  },
  {
    name: 'CloudFront 503 The Lambda function associated with the distribution is invalid',
    status: 503,
    headers: { 'content-type': 'text/html', server: 'CloudFront', 'x-cache': 'LambdaValidationError from cloudfront', 'x-amz-cf-id': 'JoZr7o8X2pbSPIeSUCm3yH5v8Wnd2uUbkXHgcgEHbnJ3M2h1x0Nyzg==' },
    body: `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">
<TITLE>ERROR: The request could not be satisfied</TITLE>
</HEAD><BODY>
<H1>503 ERROR</H1>
<H2>The request could not be satisfied.</H2>
<HR noshade size="1px">
The Lambda function associated with the CloudFront distribution is invalid or doesn't have the required permissions.
We can't connect to the server for this app or website at this time. There might be too much traffic or a configuration error. Try again later, or contact the app or website owner.
<BR clear="all">
<HR noshade size="1px">
<PRE>
Generated by cloudfront (CloudFront)
</PRE>
</BODY></HTML>`,
    expected: { code: 'internal_error' },
    foreign: ['Lambda function', 'could not be satisfied', 'required permissions'],
    source: 'https://github.com/Xray-App/xray-code-snippets/issues/9 (text quoted)',
    note: 'markup around the quoted text as CloudFront serves it; cf-id filled in',
  },

  // ── Platforms: Vercel, Heroku, Google Front End, Fastly ─────────────────────────
  {
    name: 'Vercel 504 FUNCTION_INVOCATION_TIMEOUT',
    status: 504,
    headers: { 'content-type': 'text/plain; charset=utf-8', server: 'Vercel', 'x-vercel-error': 'FUNCTION_INVOCATION_TIMEOUT', 'x-vercel-id': 'fra1::46n92-1753107905195-02e151215b22' },
    body: 'An error occurred with your deployment\n\nFUNCTION_INVOCATION_TIMEOUT\n\nfra1::46n92-1753107905195-02e151215b22\n',
    expected: { code: 'internal_error' },
    foreign: ['FUNCTION_INVOCATION_TIMEOUT', 'your deployment'],
    source: 'https://github.com/musistudio/claude-code-router/issues/271 (body quoted); https://github.com/mayooear/ai-pdf-chatbot-langchain/issues/25',
  },
  {
    name: 'Heroku 503 Application error (H10 App crashed)',
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', server: 'Cowboy', via: '1.1 vegur', 'cache-control': 'no-cache, no-store' },
    body: `<!DOCTYPE html>
	<html>
	  <head>
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<meta charset="utf-8">
		<title>Application Error</title>
	  </head>
	  <body>
		<iframe src="//www.herokucdn.com/error-pages/application-error.html"></iframe>
		<p>An error occurred in the application and your page could not be served. If you are the application owner, check your logs for details. You can do this from the Heroku CLI with the command <code>heroku logs --tail</code></p>
	  </body>
	</html>`,
    expected: { code: 'internal_error' },
    foreign: ['Application Error', 'heroku logs', 'application owner'],
    source: 'https://github.com/tellform/tellform/issues/278 (text, H10 status=503); https://github.com/toptal/haste-server/issues/269',
    note: 'page markup around the quoted text; styles left out',
  },
  {
    name: 'Google Front End 502 Server Error',
    status: 502,
    headers: { 'content-type': 'text/html; charset=UTF-8', server: 'Google Frontend', via: '1.1 google' },
    body: `<!DOCTYPE html>
<html lang=en>
  <meta charset=utf-8>
  <meta name=viewport content="initial-scale=1, minimum-scale=1, width=device-width">
  <title>Error 502 (Server Error)!!1</title>
  <a href=//www.google.com/><span id=logo aria-label=Google></span></a>
  <p><b>502.</b> <ins>That’s an error.</ins>
  <p>The server encountered a temporary error and could not complete your request.<p>Please try again in 30 seconds.  <ins>That’s all we know.</ins>
`,
    expected: { code: 'internal_error' },
    foreign: ['Server Error', 'temporary error', '30 seconds', 'all we know'],
    source: 'https://github.com/googleapis/google-api-php-client/issues/2421; https://github.com/XX-net/XX-Net/issues/71 (text)',
    note: 'the inline <style> block left out',
  },
  {
    name: 'Fastly / Varnish 503 Backend is unhealthy (Guru Mediation)',
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', via: '1.1 varnish', 'x-served-by': 'cache-syd1627-SYD', 'x-cache': 'MISS' },
    body: `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html>
  <head>
    <title>503 Backend is unhealthy</title>
  </head>
  <body>
    <h1>Error 503 Backend is unhealthy</h1>
    <p>Backend is unhealthy</p>
    <h3>Guru Mediation:</h3>
    <p>Details: cache-syd1627-SYD 1431073575 864283876</p>
    <hr>
    <p>Varnish cache server</p>
  </body>
</html>
`,
    expected: { code: 'internal_error' },
    foreign: ['Backend is unhealthy', 'Guru Mediation', 'Varnish'],
    source: 'https://github.com/python/pythondotorg/issues/748 (text and cache id quoted); https://github.com/jupyter/nbviewer/issues/759',
    note: 'markup of the synthetic page around the quoted text',
  },

  // ── Firewalls, corporate proxies, captive portals ───────────────────────────────
  {
    name: 'Akamai 403 Access Denied (edge WAF)',
    status: 403,
    headers: { 'content-type': 'text/html', server: 'AkamaiGHost', 'mime-version': '1.0', 'cache-control': 'max-age=86400', expires: 'Sat, 15 May 2021 06:22:29 GMT', date: 'Fri, 14 May 2021 06:22:29 GMT' },
    body: '<html><head>\n<title>Access Denied</title>\n</head><body>\n<h1>Access Denied</h1>\n \nYou don\'t have permission to access "http://www.zebra.com/%3Cframeset%3E%3Cframe%20src=%5C%22javascript:alert(%27XSS%27);%5C%22%3E%3C/frameset%3E" on this server.<p>\nReference #18.eb5e8c4f.1620973349.187d926b\n</p></body>\n</html>\n',
    expected: { code: 'unexpected_response' },
    foreign: ['Access Denied', "don't have permission", 'Reference #18', 'javascript'],
    source: 'https://github.com/Ekultek/WhatWaf/issues/1191 (headers and body quoted)',
  },
  {
    name: 'Squid 403 ERR_ACCESS_DENIED (corporate proxy ACL)',
    status: 403,
    headers: { ...SQUID_HEADERS, 'x-squid-error': 'ERR_ACCESS_DENIED 0' },
    body: squidPage(
      'ERR_ACCESS_DENIED',
      `<blockquote id="error">
<p><b>Access Denied.</b></p>
</blockquote>

<p>Access control configuration prevents your request from being allowed at this time. Please contact your service provider if you feel this is incorrect.</p>
`,
    ),
    expected: { code: 'unexpected_response' },
    foreign: ['Access control configuration', 'could not be retrieved', 'cache administrator', 'squid'],
    source: SQUID,
    note: SQUID_NOTE,
  },
  {
    name: 'Squid 503 ERR_CONNECT_FAIL (the proxy cannot reach the API)',
    status: 503,
    headers: { ...SQUID_HEADERS, 'x-squid-error': 'ERR_CONNECT_FAIL 111' },
    body: squidPage(
      'ERR_CONNECT_FAIL',
      `<blockquote id="error">
<p><b>Connection to 203.0.113.10 failed.</b></p>
</blockquote>

<p id="sysmsg">The system returned: <i>(111) Connection refused</i></p>

<p>The remote host or network may be down. Please try the request again.</p>
`,
    ),
    expected: { code: 'internal_error' },
    foreign: ['Connection refused', 'remote host or network', '203.0.113.10'],
    source: SQUID,
    note: SQUID_NOTE,
  },
  {
    name: 'Zscaler 403 Internet Security block page',
    status: 403,
    headers: { 'content-type': 'text/html', server: 'Zscaler/5.6', 'cache-control': 'no-cache' },
    body: `<!--# Id: security.html 114963 2016-03-18 03:20:55Z szhang -->
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3c.org/TR/1999/REC-html401-19991224/loose.dtd">

<html>
<head>
<meta content="Zscaler makes the internet safe for businesses by protecting their employees from malware, viruses, and other security threats." name="description"/>
<meta content="text/html; charset=utf-8" http-equiv="Content-Type"/>
<meta content="width=device-width, initial-scale=1" name="viewport"/>
<title>Internet Security by Zscaler</title>
<script language="JavaScript">var defLang = 'en_US'</script>
`,
    expected: { code: 'unexpected_response' },
    foreign: ['Zscaler', 'Internet Security', 'malware', 'defLang'],
    source: 'https://github.com/Ekultek/WhatWaf/issues/178 (headers and the start of the 14 916-character page)',
    note: 'the page cut where the issue\'s excerpt ends (the rest is styles and the block notice)',
  },
  {
    name: 'Captive portal 511 Network Authentication Required',
    status: 511,
    headers: { 'content-type': 'text/html' },
    body: `<html>
   <head>
      <title>Network Authentication Required</title>
      <meta http-equiv="refresh"
            content="0; url=https://login.example.net/">
   </head>
   <body>
      <p>You need to <a href="https://login.example.net/">
      authenticate with the local network</a> in order to gain
      access.</p>
   </body>
</html>
`,
    expected: { code: 'unexpected_response' },
    foreign: ['Network Authentication Required', 'local network', 'login.example.net'],
    source: 'https://www.rfc-editor.org/rfc/rfc6585#section-6 (example response); chromium/src chrome/test/data/captive_portal/page511.html.mock-http-headers',
  },

  // ── Other APIs and apps answering at the configured base URL ────────────────────
  {
    name: 'GitHub-style 403 rate limit naming the user\'s public IP address',
    status: 403,
    headers: { 'content-type': 'application/json; charset=utf-8', server: 'GitHub.com' },
    body: '{\n  "message": "API rate limit exceeded for 59.177.201.195. (But here\'s the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)",\n  "documentation_url": "https://developer.github.com/v3/#rate-limiting"\n}\n',
    expected: { code: 'unexpected_response' },
    foreign: ['59.177.201.195', 'API rate limit exceeded', 'good news'],
    source: 'https://github.com/charany1/GHSDD/issues/2 (body quoted); https://github.com/mntnr/name-your-contributors/issues/3',
  },
  {
    name: 'Azure API Management 401 missing subscription key',
    status: 401,
    headers: { 'content-type': 'application/json', 'www-authenticate': 'AzureApiManagementKey realm="https://apim.example.net/",name="Ocp-Apim-Subscription-Key",type="header"' },
    body: '{\n    "statusCode": 401,\n    "message": "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API."\n}',
    expected: { code: 'unauthorized' },
    foreign: ['subscription key', 'Access denied'],
    source: 'https://github.com/MicrosoftDocs/azure-docs/issues/15130 (body quoted); https://github.com/microsoft/MCW-App-modernization/issues/44',
    note: 'www-authenticate realm filled in',
  },
  {
    name: 'OpenAI-style 429 insufficient_quota ("check your plan and billing details")',
    status: 429,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-request-id': 'req_3f1c2b7d9e8a4c6b' },
    body: '{\n    "error": {\n        "message": "You exceeded your current quota, please check your plan and billing details.",\n        "type": "insufficient_quota",\n        "param": null,\n        "code": "insufficient_quota"\n    }\n}',
    expected: { code: 'rate_limited' },
    foreign: ['exceeded your current quota', 'billing details', 'insufficient_quota'],
    source: 'https://github.com/Pythagora-io/gpt-pilot/issues/340 (body quoted); https://github.com/ChatGPTNextWeb/NextChat/issues/3123',
  },
  {
    name: 'Another vendor\'s 402 Insufficient Balance (top up elsewhere)',
    status: 402,
    headers: { 'content-type': 'application/json' },
    body: '{"error":{"message":"Insufficient Balance","type":"unknown_error","param":null,"code":"invalid_request_error"}}',
    expected: { code: 'unexpected_response' },
    foreign: ['Insufficient Balance', 'invalid_request_error'],
    source: 'https://github.com/yueguobin/gns3-copilot/issues/93 ("Error code: 402", "Insufficient Balance"); https://github.com/continuedev/continue/issues/9942',
    note: 'the message is quoted; the OpenAI-compatible envelope around it is that API\'s shape, not quoted in full',
  },
  {
    name: 'Express 404 Cannot GET (the base URL points at another app)',
    status: 404,
    headers: { 'content-type': 'text/html; charset=utf-8', 'x-content-type-options': 'nosniff', 'x-powered-by': 'Express' },
    body: 'Cannot GET /v1/balance\n',
    expected: { code: 'unexpected_response' },
    foreign: ['Cannot GET', '/v1/balance'],
    source: 'pillarjs/finalhandler index.js @ 05d3864562805066810a1365072f2beaed3a602f ("Cannot " + method + " " + url)',
  },
];
