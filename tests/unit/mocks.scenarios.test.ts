import { describe, expect, it } from 'vitest';
import { FORM_FIELD, errorCatalog } from '../../src/core';
import { API_ERROR_CODES, isApiErrorCode } from '../../src/core/codes';
import { MAX_MESSAGE_LENGTH } from '../../src/core/text';
import { MAX_TIMEOUT_MS } from '../../src/core/parseRetryAfter';
import { INITIAL_XTOKENS, MOCK_API_KEY, SEED } from '../../src/mocks/db';
import {
  SCENARIOS,
  activeScenarios,
  clearScenarios,
  forceScenario,
  primeFromUrl,
  type Scenario,
  type ScenarioId,
  type ScenarioMatch,
} from '../../src/mocks/scenarios';
import type { Generation } from '../../src/mocks/types';
import { API, client, failure, generationBody, setupMockApi } from './mocks.helpers';

setupMockApi();

/** One request that fits a scenario's `match`. */
function requestFor(match: ScenarioMatch): Promise<unknown> {
  const api = client();
  switch (`${match.method} ${match.pathPattern}`) {
    case 'POST /v1/generations':
      return api.post('/v1/generations', generationBody());
    case 'GET /v1/generations':
      return api.get('/v1/generations');
    case 'GET /v1/generations/:id':
      return api.get(`/v1/generations/${SEED.doneGenerationId}`);
    case 'GET /v1/end-users':
      return api.get('/v1/end-users');
    case 'DELETE /v1/end-users/:email':
      return api.delete(`/v1/end-users/${encodeURIComponent(SEED.idleEmail)}`);
    case 'ALL /v1/*':
    case 'GET /v1/balance':
      return api.get('/v1/balance');
    default:
      throw new Error(`no request for ${match.method} ${match.pathPattern}`);
  }
}

const errorScenarios = SCENARIOS.filter((scenario) => scenario.code !== 'storage_failed');

describe('SCENARIOS', () => {
  it('should cover the 12 documented codes, storage_failed, network_error and the bad inputs once each', () => {
    const ids = SCENARIOS.map((scenario) => scenario.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([...API_ERROR_CODES, 'storage_failed', 'network_error']));
    expect(ids).toEqual(
      expect.arrayContaining(['html_502', 'empty_500', 'truncated_json', 'absurd_retry_after', 'hostile_fields']),
    );
    for (const code of API_ERROR_CODES) expect(SCENARIOS.find((scenario) => scenario.id === code)?.code).toBe(code);
  });

  it.each(SCENARIOS)('should name a demo route and a request for $id', (scenario) => {
    expect(scenario.path).toMatch(/^\/[a-z-]+/);
    expect(scenario.match.pathPattern).toMatch(/^\/v1\//);
    expect(scenario.label.length).toBeGreaterThan(0);
    expect(scenario.description.length).toBeGreaterThan(20);
  });
});

describe('forceScenario', () => {
  it.each(errorScenarios)('should make the client end with $code when $id is forced', async (scenario: Scenario) => {
    forceScenario(scenario.id);
    const error = await failure(requestFor(scenario.match));
    expect(error.code).toBe(scenario.code);
    if (isApiErrorCode(scenario.id)) {
      expect(error.status).toBe(errorCatalog[scenario.id].status);
      expect(error.requestId).toMatch(/^req_/);
    }
  });

  it.each(errorScenarios.filter((scenario) => !scenario.persistent))(
    'should answer $id for its times, then let the request through',
    async (scenario: Scenario) => {
      forceScenario(scenario.id);
      for (let attempt = 0; attempt < (scenario.times ?? 1); attempt += 1) {
        expect((await failure(requestFor(scenario.match))).code).toBe(scenario.code);
      }
      await expect(requestFor(scenario.match)).resolves.not.toBeInstanceOf(Error);
      expect(activeScenarios()).toEqual([]);
    },
  );

  it.each(['unauthorized', 'account_blocked'] as const)('should keep refusing every /v1 request when %s is forced', async (id) => {
    forceScenario(id);
    expect((await failure(client().get('/v1/balance'))).code).toBe(id);
    expect((await failure(client().get('/v1/end-users'))).code).toBe(id);
    expect(activeScenarios()).toContainEqual({ id, persistent: true });
    clearScenarios();
    expect((await failure(client().get('/v1/generations'))).code).toBe(id);
  });

  it('should honour times, and Infinity until cleared', async () => {
    forceScenario('not_found', { times: 2 });
    expect(activeScenarios()).toEqual([{ id: 'not_found', persistent: false, remaining: 2 }]);
    forceScenario('internal_error', { times: Number.POSITIVE_INFINITY });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await failure(client().post('/v1/generations', generationBody()))).code).toBe('internal_error');
    }
    clearScenarios();
    await expect(client().post('/v1/generations', generationBody())).resolves.toMatchObject({ status: 'queued' });
    await expect(client().get(`/v1/generations/${SEED.doneGenerationId}`)).resolves.toMatchObject({ status: 'succeeded' });
  });

  it('should reject unknown ids and impossible counts', () => {
    expect(() => forceScenario('nope' as ScenarioId)).toThrow(TypeError);
    expect(() => forceScenario('conflict', { times: 0 })).toThrow(RangeError);
    expect(() => forceScenario('conflict', { times: 1.5 })).toThrow(RangeError);
  });

  it('should win over auth and state: a forced error answers even without a key', async () => {
    forceScenario('provider_timeout');
    expect((await failure(client(null).post('/v1/generations', generationBody()))).code).toBe('provider_timeout');
  });

  it('should send Retry-After 2 s for rate_limited', async () => {
    forceScenario('rate_limited');
    expect((await failure(client().post('/v1/generations', generationBody()))).retryAfterMs).toBe(2000);
  });

  it('should spend the balance for payment_required, until a top-up', async () => {
    forceScenario('payment_required');
    await expect(client().get('/v1/balance')).resolves.toEqual({ xTokens: 0 });
    expect((await failure(client().post('/v1/generations', generationBody()))).code).toBe('payment_required');
    await client().post('/dashboard/billing/top-up', { amount: 50 });
    await expect(client().post('/v1/generations', generationBody())).resolves.toMatchObject({ status: 'queued' });
    expect(activeScenarios()).toEqual([]);
  });

  it('should finish the generation read next with a storage_failed image for storage_failed', async () => {
    forceScenario('storage_failed');
    const generation = await client().get<Generation>(`/v1/generations/${SEED.busyQueuedGenerationId}`);
    expect(generation.status).toBe('succeeded');
    expect(generation.images.at(-1)).toEqual({
      id: expect.any(String),
      error: { code: 'storage_failed', message: expect.stringContaining('storage') },
    });
  });
});

describe('bad-input scenarios', () => {
  it.each([
    ['html_502', 'internal_error', 502],
    ['firewall_403', 'unexpected_response', 403],
    ['empty_500', 'internal_error', 500],
    ['truncated_json', 'unexpected_response', 200],
    ['network_error', 'network_error', 0],
  ] as const)('should turn %s into %s with status %i', async (id, code, status) => {
    forceScenario(id);
    const error = await failure(client().get('/v1/generations'));
    expect(error).toMatchObject({ code, status });
  });

  it('should send an HTML page for html_502', async () => {
    forceScenario('html_502');
    const response = await fetch(`${API}/v1/generations`, { headers: { authorization: `Bearer ${MOCK_API_KEY}` } });
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('<h1>502 Bad Gateway</h1>');
  });

  it('should clamp an absurd Retry-After', async () => {
    forceScenario('absurd_retry_after');
    const error = await failure(client().post('/v1/generations', generationBody()));
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterMs: MAX_TIMEOUT_MS });
  });

  it('should send the hostile body faithfully: own __proto__, 500 fields, a 10 KiB message', async () => {
    forceScenario('hostile_fields');
    const response = await fetch(`${API}/v1/generations`, { method: 'POST', body: '{}' });
    const raw = JSON.parse(await response.text()) as { error: { message: string; fields: Record<string, unknown> } };
    expect(response.status).toBe(400);
    expect(Object.keys(raw.error.fields)).toHaveLength(500);
    expect(Object.hasOwn(raw.error.fields, '__proto__')).toBe(true);
    expect(Object.hasOwn(raw.error.fields, 'constructor')).toBe(true);
    expect(raw.error.message).toHaveLength(10 * 1024);
    expect(raw.error.message).toContain('<script>');
  });

  it('should leave the client a bounded, safe validation_error for hostile_fields', async () => {
    forceScenario('hostile_fields');
    const error = await failure(client().post('/v1/generations', generationBody()));
    expect(error.code).toBe('validation_error');
    expect(error.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(error.message).not.toContain('LeakedKey');
    expect(error.message).not.toContain('\u202E');
    expect(Object.getPrototypeOf(error.fields)).toBeNull();
    expect(error.fields[FORM_FIELD]).toBeDefined();
    expect(error.fields.prompt).toContain('<img');
    expect(error.omittedFieldCount).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('primeFromUrl', () => {
  it('should force every known scenario named in the query string, with times', () => {
    const primed = primeFromUrl('?scenario=conflict,not_found&scenario=nope&times=2');
    expect(primed.map((scenario) => scenario.id)).toEqual(['conflict', 'not_found']);
    expect(activeScenarios()).toEqual([
      { id: 'conflict', persistent: false, remaining: 2 },
      { id: 'not_found', persistent: false, remaining: 2 },
    ]);
  });

  it('should apply a persistent scenario and ignore an empty query', async () => {
    expect(primeFromUrl('')).toEqual([]);
    expect(primeFromUrl('?scenario=account_blocked')).toHaveLength(1);
    expect((await failure(client().get('/v1/balance'))).code).toBe('account_blocked');
    await expect(client().get('/dashboard/billing')).resolves.toMatchObject({ xTokens: INITIAL_XTOKENS });
  });
});
