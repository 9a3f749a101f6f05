import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createCircuit, createCooldown, createXModeClient, isXModeError, type XModeClient, type XModeError } from '../../src/core';
import { MOCK_API_KEY, resetMockDb } from '../../src/mocks/db';
import { server } from '../../src/mocks/node';
import { clearScenarios } from '../../src/mocks/scenarios';

/** Any origin works: every handler pattern starts with `*`. */
export const API = 'http://xmode.test';

/** Starts the shared mock for a test file and resets its state before each test. */
export function setupMockApi(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    resetMockDb();
    clearScenarios();
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

/** A client with its own cooldown, so one test's 429 never delays the next; `null`: no key. */
export function client(apiKey: string | null = MOCK_API_KEY, baseUrl = API): XModeClient {
  return createXModeClient({ baseUrl, apiKey: apiKey ?? undefined, cooldown: createCooldown(), circuit: createCircuit() });
}

/** The XModeError a request ends with; fails the test when it succeeds. */
export async function failure(promise: Promise<unknown>): Promise<XModeError> {
  try {
    await promise;
  } catch (error) {
    if (isXModeError(error)) return error;
    throw new Error(`expected an XModeError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected the request to fail');
}

/** A valid `POST /v1/generations` body. */
export function generationBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { prompt: 'A fox in the snow', endUserEmail: 'alice@example.com', imageCount: 1, ...overrides };
}
