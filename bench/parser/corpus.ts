// The responses scenario 4 parses: what the xMode API, proxies in front of it and a
// hostile or broken server can send. Deterministic (seeded), built once per process.
import { seeded } from '../lib/seeded';

export type Kind = 'valid' | 'html' | 'hostile' | 'huge';

export interface Sample {
  kind: Kind;
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Share of each kind in the corpus, in percent (sums to 100). */
export const MIX: Record<Kind, number> = { valid: 60, html: 20, hostile: 18, huge: 2 };

const KIB = 1024;
const JSON_TYPE = { 'content-type': 'application/json' };

const apiError = (code: string, message: unknown, fields?: unknown) =>
  JSON.stringify({ error: fields === undefined ? { code, message } : { code, message, fields } });

/** A template before its kind and default headers are filled in. */
interface Raw {
  status: number;
  headers?: Record<string, string>;
  body: string;
}
const raw = (templates: Raw[]) => templates;

const VALID: Sample[] = raw([
  { status: 400, body: apiError('validation_error', 'Some fields are invalid', { prompt: 'Must be at most 2000 characters', 'images.0.url': 'Must be an https URL' }) },
  { status: 400, body: apiError('validation_error', 'Some fields are invalid', { images: [{ prompt: 'Too long' }, { seed: ['Must be a number', 'Must be positive'] }] }) },
  { status: 401, body: apiError('unauthorized', 'Missing or invalid API key') },
  { status: 401, body: apiError('account_blocked', 'This account is blocked. Contact support.') },
  { status: 403, body: apiError('forbidden', 'This key cannot access this project') },
  { status: 404, body: apiError('not_found', 'Generation gen_123 was not found') },
  { status: 402, body: apiError('payment_required', 'Not enough xTokens: 40 needed, 12 left') },
  { status: 409, body: apiError('conflict', 'The end-user still has active sessions') },
  { status: 422, body: apiError('content_policy', 'The prompt was refused', { prompt: 'Refused by the content policy' }) },
  { status: 429, headers: { 'retry-after': '2' }, body: apiError('rate_limited', 'Too many requests') },
  { status: 500, body: apiError('provider_timeout', 'The image provider did not answer in time') },
  { status: 500, body: apiError('provider_error', 'The image provider failed') },
  { status: 500, headers: { 'x-request-id': 'req_01HZX8K2M3N4P5Q6R7S8T9V0W1' }, body: apiError('internal_error', 'Something went wrong on our side') },
]).map((sample): Sample => ({ kind: 'valid', headers: { ...JSON_TYPE, ...sample.headers }, status: sample.status, body: sample.body }));

function proxyPage(status: number, bytes: number): string {
  const head = `<!DOCTYPE html><html><head><title>${status} Bad Gateway</title><style>body{font-family:sans-serif}</style></head><body><center><h1>${status} Bad Gateway</h1></center><hr>`;
  const filler = '<p>The upstream server did not answer. Ray ID: 8c1f2e3d4a5b6c7d &middot; cloudflare</p>\n';
  return `${head}${filler.repeat(Math.max(1, Math.ceil((bytes - head.length) / filler.length)))}</body></html>`;
}

const HTML: Sample[] = [
  { status: 502, body: proxyPage(502, 2 * KIB) },
  { status: 503, body: proxyPage(503, 5 * KIB) },
  { status: 504, body: proxyPage(504, 1 * KIB) },
].map((sample): Sample => ({ kind: 'html', headers: { 'content-type': 'text/html' }, ...sample }));

function nested(depth: number): unknown {
  let value: unknown = 'deep';
  for (let level = 0; level < depth; level += 1) value = { [`l${level}`]: value };
  return value;
}

const manyFields = Object.fromEntries(Array.from({ length: 5_000 }, (_, index) => [`field${index}`, `Invalid value ${index}`]));
const bidi = 'Payment \u202Eerongi\u202C required\u0000\u0007 for xm_live_abcdefghijklmnop0123456789 (Bearer sk_live_secret)';

const HOSTILE: Sample[] = raw([
  { status: 400, body: apiError('validation_error', 'Many fields', manyFields) },
  { status: 400, body: apiError('validation_error', 'Deep', nested(60)) },
  { status: 400, body: '{"error":{"code":"validation_error","message":"x","fields":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"x":"y"}},"a..b":"empty segment"}}}' },
  { status: 402, body: apiError('payment_required', bidi) },
  { status: 500, body: apiError('internal_error', { html: '<img src=x onerror=alert(1)>' }) },
  { status: 500, body: apiError('internal_error', ['a', 'list', 'of', 'messages']) },
  { status: 500, body: '{"error":"a string, not an object"}' },
  { status: 500, body: '{"error":null}' },
  { status: 500, body: '{"error":{"code":"internal_error","message":"cut in the midd' },
  { status: 400, headers: { 'content-type': 'application/problem+json' }, body: '{"type":"about:blank","title":"Bad Request","detail":"The body is not valid","status":400}' },
  { status: 500, body: '' },
  { status: 401, body: '' },
  { status: 429, headers: { 'retry-after': 'Infinity' }, body: apiError('rate_limited', 'Slow down') },
  { status: 429, headers: { 'retry-after': '99999999999999999999' }, body: apiError('rate_limited', 'Slow down') },
  { status: 429, headers: { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' }, body: apiError('rate_limited', 'Slow down') },
  { status: 500, headers: { 'x-request-id': `req_${'x'.repeat(4 * KIB)}<script>` }, body: apiError('internal_error', 'Bad id') },
  { status: 418, body: apiError('kaboom', 'An unknown code') },
  { status: 500, body: apiError('internal_error', `${'A long message. '.repeat(6_400)}`) },
]).map((sample): Sample => ({ kind: 'hostile', headers: { ...JSON_TYPE, ...sample.headers }, status: sample.status, body: sample.body }));

/** Just over the module's 1 MiB read limit, so its truncation path runs. */
const HUGE_BYTES = 1024 * KIB + KIB;

const HUGE: Sample[] = [
  { kind: 'huge', status: 500, headers: JSON_TYPE, body: apiError('internal_error', 'M'.repeat(HUGE_BYTES)) },
  { kind: 'huge', status: 502, headers: { 'content-type': 'text/html' }, body: proxyPage(502, HUGE_BYTES) },
];

const TEMPLATES: Record<Kind, Sample[]> = { valid: VALID, html: HTML, hostile: HOSTILE, huge: HUGE };

/** `count` samples in the `MIX` proportions, shuffled with a fixed seed. */
export function buildCorpus(count: number): Sample[] {
  const next = seeded(9);
  const samples: Sample[] = [];
  for (const kind of Object.keys(MIX) as Kind[]) {
    const templates = TEMPLATES[kind];
    const share = Math.round((count * MIX[kind]) / 100);
    for (let index = 0; index < share; index += 1) samples.push(templates[index % templates.length] as Sample);
  }
  for (let index = samples.length - 1; index > 0; index -= 1) {
    const other = Math.floor(next() * (index + 1));
    [samples[index], samples[other]] = [samples[other] as Sample, samples[index] as Sample];
  }
  return samples;
}

export function toResponse(sample: Sample): Response {
  return new Response(sample.body, { status: sample.status, headers: sample.headers });
}
