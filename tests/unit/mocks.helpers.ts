import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createXModeClient, errorFromResponse, isXModeError, type XModeClient, type XModeError } from '../../src/core';
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

/**
 * A client of the mock that reports its first answer; `null`: no key. These tests are about
 * what the mock answers: the real client waits out a 429 or an outage and sends again
 * (tests/unit/client.windows.test.ts), so here it may wait no time at all (`maxWaitMs: 0`)
 * and a request it then fails unsent ends with the answer that opened the window, read as
 * the client reads it. A new client per call: one test's window never holds the next.
 */
export function client(apiKey: string | null = MOCK_API_KEY, baseUrl = API): XModeClient {
  let refusal: Promise<XModeError> | undefined;
  const api = createXModeClient({
    baseUrl,
    apiKey: apiKey ?? undefined,
    maxWaitMs: 0,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      if (response.status === 429 || response.status >= 500) refusal = errorFromResponse(response.clone());
      return response;
    },
  });
  const firstAnswer = async <T>(request: Promise<T>): Promise<T> => {
    refusal = undefined;
    try {
      return await request;
    } catch (error) {
      const unsent = isXModeError(error) && error.message.startsWith('Not sent');
      throw unsent && refusal ? await refusal : error;
    }
  };
  return {
    ...api,
    request: (method, path, options) => firstAnswer(api.request(method, path, options)),
    get: (path, options) => firstAnswer(api.get(path, options)),
    post: (path, body, options) => firstAnswer(api.post(path, body, options)),
    delete: (path, options) => firstAnswer(api.delete(path, options)),
  };
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
