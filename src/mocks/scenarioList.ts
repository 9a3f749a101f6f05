import { type CatalogCode } from '../core';
import { API_ERROR_CODES } from '../core/codes';
import { SEED } from './db';

/** Every scenario id: the 12 documented codes, `storage_failed`, `network_error`, bad input, a stray 401. */
export const SCENARIO_IDS = [
  ...API_ERROR_CODES,
  'storage_failed',
  'network_error',
  'html_502',
  'firewall_403',
  'empty_500',
  'truncated_json',
  'absurd_retry_after',
  'hostile_fields',
  'rate_limited_list',
  'stray_401',
] as const;

export type ScenarioId = (typeof SCENARIO_IDS)[number];

/** Which requests a forced scenario answers. `pathPattern` is an MSW path without origin. */
export interface ScenarioMatch {
  method: 'GET' | 'POST' | 'DELETE' | 'ALL';
  /** e.g. `/v1/generations/:id`; `/v1/*` for every `/v1` request. Matched on any origin. */
  pathPattern: string;
}

/** One way the mock can fail, for the demo's scenario picker, tests and stories. */
export interface Scenario {
  id: ScenarioId;
  label: string;
  description: string;
  /** Demo route where the error belongs (open it, then do the obvious action if any). */
  path: string;
  /** The request it forces (for persistent scenarios: the requests the state refuses). */
  match: ScenarioMatch;
  /** The code the client ends with: an `XModeError` code, or the per-image marker. */
  code: CatalogCode;
  /**
   * Changes mock state instead of answering once (blocked account, revoked key, empty
   * balance); it lasts until `resetMockDb()` or, for `payment_required`, a top-up.
   */
  persistent?: boolean;
  /** Matching requests answered when forced without `times`: enough to outlast the client's automatic retries where the UI state needs it. */
  times?: number;
}

const SUBMIT = { method: 'POST', pathPattern: '/v1/generations' } as const;
const LIST = { method: 'GET', pathPattern: '/v1/generations' } as const;
const DETAIL = { method: 'GET', pathPattern: '/v1/generations/:id' } as const;
const ALL_V1 = { method: 'ALL', pathPattern: '/v1/*' } as const;

/**
 * Every scenario, in the reference's order, then the client-side and bad-input ones.
 * Pure data: `forceScenario(id)` primes it, the handlers answer it.
 */
export const SCENARIOS: readonly Scenario[] = [
  { id: 'validation_error', label: 'Validation error (400)', code: 'validation_error', path: '/generations/new', match: SUBMIT,
    description: 'Submit the form: 400 with the reference\'s message and fields for endUserEmail and prompt. Real validation also runs on every submit.' },
  { id: 'unauthorized', label: 'Missing or revoked key (401)', code: 'unauthorized', path: '/generations', match: ALL_V1, persistent: true,
    description: 'Revokes MOCK_API_KEY: every /v1 request sent with it answers 401 unauthorized until another well-formed key is used or the mock is reset. /dashboard still works.' },
  { id: 'account_blocked', label: 'Account blocked (401)', code: 'account_blocked', path: '/generations', match: ALL_V1, persistent: true,
    description: 'Blocks the account: every /v1 request answers 401 account_blocked until the mock is reset; /dashboard (billing, keys) keeps working.' },
  { id: 'forbidden', label: 'Forbidden (403)', code: 'forbidden', path: '/end-users', match: { method: 'GET', pathPattern: '/v1/end-users' },
    description: 'The end-user list answers 403: the key lacks permission. (Starting a generation for a blocked end-user is also a 403.)' },
  { id: 'not_found', label: 'Not found (404)', code: 'not_found', path: '/generations/gen_missing', match: DETAIL,
    description: 'The generation answers 404. Any unknown generation id or end-user email does so too.' },
  { id: 'payment_required', label: 'Out of xTokens (402)', code: 'payment_required', path: '/generations/new', match: SUBMIT, persistent: true,
    description: 'Spends the whole balance: the next submit answers 402 until a top-up in Billing.' },
  { id: 'conflict', label: 'Delete refused (409)', code: 'conflict', path: '/end-users', match: { method: 'DELETE', pathPattern: '/v1/end-users/:email' },
    description: `The next delete answers 409. Deleting ${SEED.busyEmail} does so for real until its generations finish.` },
  { id: 'content_policy', label: 'Content policy (422)', code: 'content_policy', path: '/generations/new', match: SUBMIT,
    description: 'Submit: 422 without fields (a prompt containing "forbidden-topic" gets 422 with fields.prompt).' },
  { id: 'rate_limited', label: 'Rate limited (429)', code: 'rate_limited', path: '/generations/new', match: SUBMIT,
    description: 'Submit: 429 with Retry-After: 2. The API client waits out the window (the submit button says how long) and sends it again; it succeeds.' },
  { id: 'provider_timeout', label: 'Provider timeout (500)', code: 'provider_timeout', path: '/generations/new', match: SUBMIT, times: 1,
    description: 'Submit: one 500 provider_timeout with Retry-After: 2; the API client waits out the provider\'s window ("Trying again…") and sends it again; it succeeds.' },
  { id: 'provider_error', label: 'Provider error (500)', code: 'provider_error', path: '/generations', match: LIST, times: 4,
    description: 'The generation list answers provider_error (Retry-After: 1) 4 times: the API client\'s 3 resends fail ("Trying again…" meanwhile, about 3 s), then the list\'s place offers Retry (which succeeds).' },
  { id: 'internal_error', label: 'Internal error (500)', code: 'internal_error', path: '/generations/new', match: SUBMIT,
    description: 'Submit: 500 internal_error, never sent again for a mutation: the form\'s summary with the request id.' },
  { id: 'storage_failed', label: 'Image not stored (200)', code: 'storage_failed', path: `/generations/${SEED.partialGenerationId}`, match: DETAIL,
    description: 'The generation read next finishes at once with its last image storage_failed (the seeded one already is; a prompt containing "storage" does it too).' },
  { id: 'network_error', label: 'Network error', code: 'network_error', path: '/generations', match: LIST, times: 4,
    description: 'The generation list fails at the network level 4 times (past the 3 query retries).' },
  { id: 'html_502', label: 'Proxy HTML 502', code: 'internal_error', path: '/generations', match: LIST, times: 3,
    description: 'The generation list gets an nginx HTML 502 page, 3 times: a server fault (internal_error, status 502), past the query retry; the HTML is never shown.' },
  { id: 'firewall_403', label: 'Firewall HTML 403', code: 'unexpected_response', path: '/generations', match: LIST, times: 1,
    description: "The generation list gets HAProxy's 403 page (a corporate firewall, not xMode): unexpected_response with status 403, never retried, never `forbidden`." },
  { id: 'empty_500', label: 'Empty 500', code: 'internal_error', path: '/generations', match: LIST, times: 2,
    description: 'The generation list gets a 500 with an empty body, twice (past the 1 query retry).' },
  { id: 'truncated_json', label: 'Truncated JSON (200)', code: 'unexpected_response', path: '/generations', match: LIST, times: 3,
    description: 'The generation list gets a 200 whose JSON body is cut mid-string, 3 times.' },
  { id: 'absurd_retry_after', label: 'Retry-After: 99999999999', code: 'rate_limited', path: '/generations/new', match: SUBMIT,
    description: 'Submit: 429 asking to wait ~3170 years; the client clamps it to 10 minutes, longer than it waits: the request fails at once and the form says when to send it again (a time).' },
  { id: 'hostile_fields', label: 'Hostile validation body', code: 'validation_error', path: '/generations/new', match: SUBMIT,
    description: 'Submit: 400 with __proto__/constructor field keys, HTML and bidi characters in messages, a leaked key, a 10 KB message and 500 fields.' },
  { id: 'rate_limited_list', label: 'Rate limited list (429, 3 s)', code: 'rate_limited', path: '/generations', match: LIST, times: 1,
    description: 'The generation list answers 429 with Retry-After: 3 once: the list keeps loading while the page\'s notice counts down, then loads. Other tabs of the dashboard (same key) wait for the same window instead of sending.' },
  { id: 'stray_401', label: 'Stray 401 (key fine)', code: 'unauthorized', path: '/generations/new', match: { method: 'GET', pathPattern: '/v1/balance' }, times: 1,
    description: 'The balance read next to the create form answers 401 once, as a proxy session expiring would; the key itself works. Forced while you type, the form is hidden (kept); "Check again" proves the key and brings it back, typed text included. Other tabs learn the 401, and the success.' },
];

/** The scenario with this id, or undefined (e.g. an id from a URL). */
export function findScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((scenario) => scenario.id === id);
}
