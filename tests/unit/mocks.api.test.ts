import { describe, expect, it } from 'vitest';
import { IMAGE_COST_XTOKENS, INITIAL_XTOKENS, MOCK_API_KEY, SEED, resetMockDb } from '../../src/mocks/db';
import { advanceGenerations } from '../../src/mocks/generations';
import { forceScenario } from '../../src/mocks/scenarios';
import type { ApiKeySummary, EndUser, Generation, StoredImage } from '../../src/mocks/types';
import { client, failure, generationBody, setupMockApi } from './mocks.helpers';

setupMockApi();

const busy = `/v1/end-users/${encodeURIComponent(SEED.busyEmail)}`;

describe('mock xMode API: generations', () => {
  it('should create a queued generation, charge it, and move one step per read to succeeded', async () => {
    const api = client();
    const created = await api.post<Generation>('/v1/generations', generationBody({ imageCount: 3 }));
    expect(created).toMatchObject({ status: 'queued', imageCount: 3, cost: 3 * IMAGE_COST_XTOKENS, images: [] });
    await expect(api.get('/v1/balance')).resolves.toEqual({ xTokens: INITIAL_XTOKENS - 3 * IMAGE_COST_XTOKENS });
    await expect(api.get<Generation>(`/v1/generations/${created.id}`)).resolves.toMatchObject({ status: 'processing' });
    const done = await api.get<Generation>(`/v1/generations/${created.id}`);
    expect(done.status).toBe('succeeded');
    expect(done.completedAt).not.toBeNull();
    expect(done.images).toHaveLength(3);
    for (const image of done.images as StoredImage[]) expect(image.url).toMatch(/^data:image\/svg\+xml,/);
  });

  it('should fail the last image with storage_failed when the prompt mentions storage', async () => {
    const api = client();
    const created = await api.post<Generation>('/v1/generations', generationBody({ prompt: 'A storage room', imageCount: 4 }));
    advanceGenerations(2);
    const done = await api.get<Generation>(`/v1/generations/${created.id}`);
    expect(done.status).toBe('succeeded');
    expect(done.images.slice(0, 3).every((image) => 'url' in image)).toBe(true);
    expect(done.images[3]).toMatchObject({ error: { code: 'storage_failed' } });
  });

  it('should list newest first, filter by end-user, and serve the seeded partial failure', async () => {
    const api = client();
    const { data } = await api.get<{ data: Generation[] }>('/v1/generations', { query: { endUserEmail: SEED.idleEmail } });
    expect(data.map((generation) => generation.id)).toEqual([SEED.partialGenerationId, SEED.doneGenerationId]);
    expect(data[0]?.images.filter((image) => 'error' in image)).toHaveLength(1);
  });

  it.each([
    [{ prompt: '' }, 'prompt', 'is required'],
    [{ prompt: 'x'.repeat(1001) }, 'prompt', 'must be at most 1000 characters'],
    [{ endUserEmail: 'not-an-email' }, 'endUserEmail', 'must be a valid email address'],
    [{ endUserEmail: undefined }, 'endUserEmail', 'is required'],
    [{ imageCount: 0 }, 'imageCount', 'must be an integer between 1 and 4'],
    [{ imageCount: 5 }, 'imageCount', 'must be an integer between 1 and 4'],
    [{ imageCount: 1.5 }, 'imageCount', 'must be an integer between 1 and 4'],
    [{ referenceImages: Array(5).fill('https://img.test/a.png') }, 'referenceImages', 'must contain at most 4 images'],
    [{ referenceImages: ['https://img.test/a.png', 'javascript:alert(1)'] }, 'referenceImages.1', 'must be an http(s) or data:image URL'],
  ])('should answer 400 validation_error when the body is %j', async (overrides, field, message) => {
    const error = await failure(client().post('/v1/generations', generationBody(overrides)));
    expect(error).toMatchObject({ code: 'validation_error', status: 400, message: `${field} ${message}` });
    expect(error.fields[field]).toBe(message);
    await expect(client().get('/v1/balance')).resolves.toEqual({ xTokens: INITIAL_XTOKENS });
  });

  it('should list every problem of a body in fields', async () => {
    const error = await failure(client().post('/v1/generations', {}));
    expect(Object.keys(error.fields).sort()).toEqual(['endUserEmail', 'imageCount', 'prompt']);
    expect(error.message).toBe('prompt is required (and 2 more problems)');
  });

  it('should answer 422 content_policy on the prompt for a banned word, without charging', async () => {
    const error = await failure(client().post('/v1/generations', generationBody({ prompt: 'about forbidden-topic' })));
    expect(error).toMatchObject({ code: 'content_policy', status: 422 });
    expect(error.fields.prompt).toBe('was rejected by our content filter');
    await expect(client().get('/v1/balance')).resolves.toEqual({ xTokens: INITIAL_XTOKENS });
  });

  it('should answer 402 when the cost exceeds the balance, and accept it after a top-up', async () => {
    resetMockDb({ xTokens: 30 });
    const api = client();
    const error = await failure(api.post('/v1/generations', generationBody({ imageCount: 4 })));
    expect(error).toMatchObject({ code: 'payment_required', status: 402 });
    expect(error.message).toContain('40 xTokens');
    await expect(api.post('/dashboard/billing/top-up', { amount: 100 })).resolves.toEqual({ xTokens: 130 });
    await expect(api.post('/v1/generations', generationBody({ imageCount: 4 }))).resolves.toMatchObject({ status: 'queued' });
    const billing = await api.get<{ xTokens: number; history: Array<{ type: string; amount: number }> }>('/dashboard/billing');
    expect(billing.xTokens).toBe(90);
    expect(billing.history.slice(0, 2)).toMatchObject([{ type: 'charge', amount: -40 }, { type: 'top_up', amount: 100 }]);
  });

  it('should answer 404 not_found for an unknown generation and an unknown endpoint', async () => {
    expect(await failure(client().get('/v1/generations/gen_nope'))).toMatchObject({ code: 'not_found', status: 404 });
    expect(await failure(client().get('/v1/nope'))).toMatchObject({ code: 'not_found', status: 404 });
  });
});

describe('mock xMode API: end-users', () => {
  it('should refuse to delete a busy end-user until it is blocked and its generations finish', async () => {
    const api = client();
    const conflict = await failure(api.delete(busy));
    expect(conflict).toMatchObject({ code: 'conflict', status: 409 });
    expect(conflict.message).toContain('Block the end-user, wait for them to finish, then retry');

    await expect(api.post(`${busy}/block`)).resolves.toEqual({ email: SEED.busyEmail, blocked: true });
    await expect(api.post(`${busy}/block`)).resolves.toEqual({ email: SEED.busyEmail, blocked: true });
    expect((await failure(api.post('/v1/generations', generationBody({ endUserEmail: SEED.busyEmail })))).code).toBe('forbidden');
    expect((await failure(api.delete(busy))).code).toBe('conflict');

    const poll = () => api.get<{ data: Generation[] }>('/v1/generations', { query: { endUserEmail: SEED.busyEmail } });
    expect((await poll()).data.map((generation) => generation.status)).toEqual(['processing', 'succeeded']);
    expect((await poll()).data.map((generation) => generation.status)).toEqual(['succeeded', 'succeeded']);

    await expect(api.delete(busy)).resolves.toBeUndefined();
    const { data } = await api.get<{ data: EndUser[] }>('/v1/end-users');
    expect(data.map((user) => user.email)).not.toContain(SEED.busyEmail);
    expect((await failure(api.delete(busy))).code).toBe('not_found');
  });

  it('should count active generations per end-user', async () => {
    const { data } = await client().get<{ data: EndUser[] }>('/v1/end-users');
    expect(data.find((user) => user.email === SEED.busyEmail)).toMatchObject({ activeGenerations: 2, blocked: false });
    expect(data.find((user) => user.email === SEED.blockedEmail)).toMatchObject({ activeGenerations: 0, blocked: true });
  });

  it.each([
    ['new@example.com', undefined],
    ['New@Example.com', undefined],
    [SEED.idleEmail, 'is already registered'],
    ['nope', 'must be a valid email address'],
    ['', 'is required'],
  ])('should register %j or answer fields.email %j', async (email, problem) => {
    const request = client().post<EndUser>('/v1/end-users', { email });
    if (problem === undefined) {
      await expect(request).resolves.toMatchObject({ email: email.toLowerCase(), blocked: false, activeGenerations: 0 });
    } else {
      expect((await failure(request)).fields).toEqual({ email: problem });
    }
  });

  it('should answer 404 when blocking an unknown end-user', async () => {
    expect((await failure(client().post('/v1/end-users/ghost%40example.com/block'))).code).toBe('not_found');
  });
});

describe('mock xMode API: account, keys and dashboard', () => {
  it.each([
    ['no key', null],
    ['a key of the wrong shape', 'sk_live_123'],
  ])('should answer 401 unauthorized with %s', async (_label, key) => {
    expect(await failure(client(key).get('/v1/balance'))).toMatchObject({ code: 'unauthorized', status: 401 });
  });

  it('should accept any well-formed key but a revoked one', async () => {
    forceScenario('unauthorized');
    expect((await failure(client().get('/v1/balance'))).message).toContain('revoked');
    await expect(client('xm_live_another0key0000').get('/v1/balance')).resolves.toEqual({ xTokens: INITIAL_XTOKENS });
    const { data } = await client().get<{ data: ApiKeySummary[] }>('/dashboard/keys');
    expect(data.map((key) => key.id)).toEqual(['key_ci']);
  });

  it('should refuse every /v1 request of a blocked account but keep /dashboard working', async () => {
    resetMockDb({ blocked: true });
    const api = client();
    expect(await failure(api.get('/v1/balance'))).toMatchObject({ code: 'account_blocked', status: 401 });
    expect((await failure(api.post('/v1/generations', generationBody()))).code).toBe('account_blocked');
    await expect(api.get('/dashboard/billing')).resolves.toMatchObject({ xTokens: INITIAL_XTOKENS });
    await expect(api.post('/dashboard/billing/top-up', { amount: 10 })).resolves.toEqual({ xTokens: INITIAL_XTOKENS + 10 });
    await expect(api.get('/dashboard/keys')).resolves.toMatchObject({ data: expect.any(Array) });
  });

  it('should list keys by their last 4 characters only', async () => {
    const response = await client().get<{ data: ApiKeySummary[] }>('/dashboard/keys');
    expect(response.data[0]).toEqual({ id: 'key_demo', last4: MOCK_API_KEY.slice(-4), createdAt: expect.any(String) });
    expect(JSON.stringify(response)).not.toContain('xm_');
  });

  it.each([5, 10_001, 12.5, '100', undefined])('should answer 400 fields.amount for a top-up of %j', async (amount) => {
    const error = await failure(client().post('/dashboard/billing/top-up', { amount }));
    expect(error.code).toBe('validation_error');
    expect(error.fields.amount).toMatch(/is required|between 10 and 10000/);
  });

  it('should answer on any origin and base path', async () => {
    await expect(client(MOCK_API_KEY, 'https://api.other.example/proxy').get('/v1/balance')).resolves.toEqual({ xTokens: INITIAL_XTOKENS });
  });

  it('should give every answer an x-request-id', async () => {
    const ok = await fetch('http://xmode.test/v1/balance', { headers: { authorization: `Bearer ${MOCK_API_KEY}` } });
    const refused = await fetch('http://xmode.test/v1/balance');
    expect(ok.headers.get('x-request-id')).toMatch(/^req_/);
    expect(refused.headers.get('x-request-id')).toMatch(/^req_/);
    expect(refused.headers.get('x-request-id')).not.toBe(ok.headers.get('x-request-id'));
  });
});
