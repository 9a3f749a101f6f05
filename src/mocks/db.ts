import { buildImages } from './images';
import type { ApiKeySummary, BillingEntry, EndUser, Generation } from './types';

/**
 * The API key the demo, tests and stories send by default. Any other well-formed key
 * (`xm_live_…`, `xm_test_…`: 8–128 letters or digits after the prefix) is accepted too,
 * unless revoked; the `unauthorized` scenario revokes this one.
 */
export const MOCK_API_KEY = 'xm_live_demo0000000000000000';

/** xTokens one image costs; a generation costs `imageCount × IMAGE_COST_XTOKENS`. */
export const IMAGE_COST_XTOKENS = 10;

/** Balance after `resetMockDb()`: enough for 12 images (three full generations). */
export const INITIAL_XTOKENS = 120;

/** Ids and emails of the seeded data, for tests, stories and demo links. */
export const SEED = {
  /** Succeeded, 2 stored images. */
  doneGenerationId: 'gen_demo_done',
  /** Succeeded, 4 images of which the last is `storage_failed`. */
  partialGenerationId: 'gen_demo_partial',
  /** Processing: one read to succeed. */
  busyProcessingGenerationId: 'gen_busy_1',
  /** Queued: two reads to succeed. */
  busyQueuedGenerationId: 'gen_busy_2',
  /** No active generations: deletable at once. */
  idleEmail: 'alice@example.com',
  /** Has a queued and a processing generation: `DELETE` → 409 until they finish. */
  busyEmail: 'busy@example.com',
  /** Already blocked; cannot start generations (403). */
  blockedEmail: 'mallory@example.com',
} as const;

/** Initial state overrides for `resetMockDb`, e.g. a story that opens on an empty balance. */
export interface MockDbSeed {
  xTokens?: number;
  /** Start with the account blocked (every `/v1/*` → 401 `account_blocked`). */
  blocked?: boolean;
  /** Start with `MOCK_API_KEY` revoked (every `/v1/*` sent with it → 401 `unauthorized`). */
  revokeDefaultKey?: boolean;
}

/** A generation as stored: the public shape plus which images will fail to store. */
export interface StoredGeneration extends Generation {
  /** Index of the image that fails with `storage_failed` on completion, or -1. */
  failImageIndex: number;
}

interface StoredKey {
  id: string;
  secret: string;
  createdAt: string;
  revoked: boolean;
}

interface StoredEndUser {
  email: string;
  blocked: boolean;
  createdAt: string;
}

/**
 * The mock's whole state. Internal to `src/mocks`: change it through the handlers,
 * `resetMockDb`, the scenarios and the helpers below, so every module sees one truth.
 */
export const mockDb = {
  xTokens: INITIAL_XTOKENS,
  blocked: false,
  keys: [] as StoredKey[],
  endUsers: new Map<string, StoredEndUser>(),
  generations: new Map<string, StoredGeneration>(),
  billing: [] as BillingEntry[],
  nextId: 1,
};

const SEED_TIME = Date.parse('2025-06-02T09:00:00.000Z');
const MINUTE_MS = 60_000;
const KEY_FORMAT = /^xm_[a-z]+_[A-Za-z0-9]{8,128}$/;

/** An ISO timestamp `minutes` after the seed time (fixed, so stories render the same). */
export function seedTime(minutes: number): string {
  return new Date(SEED_TIME + minutes * MINUTE_MS).toISOString();
}

/** A fresh id such as `gen_00001a`, unique until the next reset. */
export function nextId(prefix: string): string {
  const id = mockDb.nextId.toString(36).padStart(6, '0');
  mockDb.nextId += 1;
  return `${prefix}_${id}`;
}

/**
 * Puts the mock back in its seeded state: balance `INITIAL_XTOKENS`, account not
 * blocked, `MOCK_API_KEY` valid, the `SEED` end-users and generations. Does not clear
 * forced scenarios (`clearScenarios` does). Call it in `beforeEach`.
 *
 * @example
 * beforeEach(() => { resetMockDb(); clearScenarios(); });
 * resetMockDb({ xTokens: 0 }); // a story that opens on the top-up banner
 */
export function resetMockDb(seed: MockDbSeed = {}): void {
  mockDb.xTokens = seed.xTokens ?? INITIAL_XTOKENS;
  mockDb.blocked = seed.blocked ?? false;
  mockDb.nextId = 1;
  mockDb.keys = [
    { id: 'key_demo', secret: MOCK_API_KEY, createdAt: seedTime(-60 * 24 * 30), revoked: seed.revokeDefaultKey ?? false },
    { id: 'key_ci', secret: 'xm_live_ci7Qm2Lr9Tz4Wp8Kx3Fv', createdAt: seedTime(-60 * 24 * 7), revoked: false },
  ];
  mockDb.billing = [
    { id: 'txn_seed_1', type: 'top_up', amount: 200, description: 'Top-up', createdAt: seedTime(-60 * 24) },
    { id: 'txn_seed_2', type: 'charge', amount: -80, description: 'Generations', createdAt: seedTime(-30) },
  ];
  mockDb.endUsers = new Map(
    [
      { email: SEED.idleEmail, blocked: false, createdAt: seedTime(-60 * 24 * 10) },
      { email: SEED.busyEmail, blocked: false, createdAt: seedTime(-60 * 24 * 3) },
      { email: SEED.blockedEmail, blocked: true, createdAt: seedTime(-60 * 24 * 2) },
    ].map((user) => [user.email, user]),
  );
  mockDb.generations = new Map(seedGenerations().map((generation) => [generation.id, generation]));
}

function seedGenerations(): StoredGeneration[] {
  const base = { referenceImages: [], completedAt: null, images: [], failImageIndex: -1 };
  const done = (id: string, count: number, failImageIndex: number) => ({
    status: 'succeeded' as const,
    completedAt: seedTime(-30),
    images: buildImages(id, count, failImageIndex),
    failImageIndex,
  });
  return [
    { ...base, id: SEED.doneGenerationId, prompt: 'A lighthouse at dusk, watercolor', endUserEmail: SEED.idleEmail, imageCount: 2, cost: 20, createdAt: seedTime(-40), ...done(SEED.doneGenerationId, 2, -1) },
    { ...base, id: SEED.partialGenerationId, prompt: 'Four seasons of the same oak tree', endUserEmail: SEED.idleEmail, imageCount: 4, cost: 40, createdAt: seedTime(-35), ...done(SEED.partialGenerationId, 4, 3) },
    { ...base, id: SEED.busyProcessingGenerationId, status: 'processing', prompt: 'A red bicycle in the rain', endUserEmail: SEED.busyEmail, imageCount: 1, cost: 10, createdAt: seedTime(-2) },
    { ...base, id: SEED.busyQueuedGenerationId, status: 'queued', prompt: 'A paper boat on a pond', endUserEmail: SEED.busyEmail, imageCount: 1, cost: 10, createdAt: seedTime(-1) },
  ];
}

/** Why a request's `Authorization` header is refused, or `ok`. */
export type KeyCheck = 'ok' | 'missing' | 'revoked';

/** Checks an `Authorization` header: `Bearer` + a well-formed key that is not revoked. */
export function checkAuthorization(header: string | null): KeyCheck {
  const key = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? '')?.[1];
  if (!key || !KEY_FORMAT.test(key)) return 'missing';
  return mockDb.keys.some((stored) => stored.secret === key && stored.revoked) ? 'revoked' : 'ok';
}

/** Revokes a key (the `unauthorized` scenario revokes `MOCK_API_KEY`). */
export function revokeApiKey(secret: string): void {
  for (const key of mockDb.keys) if (key.secret === secret) key.revoked = true;
}

/** True while `secret` is one of the stored keys and revoked. */
export function isApiKeyRevoked(secret: string): boolean {
  return mockDb.keys.some((key) => key.secret === secret && key.revoked);
}

/** `GET /dashboard/keys`: the keys that still work, with only their last 4 characters. */
export function listApiKeys(): ApiKeySummary[] {
  return mockDb.keys
    .filter((key) => !key.revoked)
    .map(({ id, secret, createdAt }) => ({ id, last4: secret.slice(-4), createdAt }));
}

/** Adds a signed billing entry and applies it to the balance; returns the new balance. */
export function recordBilling(type: BillingEntry['type'], amount: number, description: string): number {
  mockDb.xTokens += amount;
  mockDb.billing.unshift({ id: nextId('txn'), type, amount, description, createdAt: new Date().toISOString() });
  return mockDb.xTokens;
}

/** Queued or processing generations of one end-user. */
export function activeGenerationCount(email: string): number {
  let count = 0;
  for (const generation of mockDb.generations.values()) {
    if (generation.endUserEmail === email && generation.status !== 'succeeded') count += 1;
  }
  return count;
}

/** Registers an end-user (explicitly, or implicitly by their first generation). */
export function addEndUser(email: string): EndUser {
  const user = { email: email.toLowerCase(), blocked: false, createdAt: new Date().toISOString() };
  mockDb.endUsers.set(user.email, user);
  return toEndUser(user);
}

/** The public shape of a stored end-user. */
export function toEndUser(user: StoredEndUser): EndUser {
  return { ...user, activeGenerations: activeGenerationCount(user.email) };
}

resetMockDb();
