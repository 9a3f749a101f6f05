import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/**
 * The mock xMode API for Node (Vitest integration tests): intercepts `fetch` to any
 * origin's `/v1/*` and `/dashboard/*`.
 *
 * @example
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 * afterEach(() => server.resetHandlers());
 * afterAll(() => server.close());
 */
export const server = setupServer(...handlers);
