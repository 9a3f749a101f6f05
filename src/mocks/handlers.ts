import type { HttpHandler } from 'msw';
import { dashboardHandlers } from './dashboardHandlers';
import { endUserHandlers } from './endUserHandlers';
import { generationHandlers } from './generationHandlers';
import { authHandler, fallbackHandlers, scenarioHandlers } from './guardHandlers';

/**
 * The stateful mock xMode API, for `setupWorker` (demo), `setupServer` (Node tests) and
 * msw-storybook-addon (`parameters.msw.handlers`). Every pattern starts with `*` (any
 * origin, any prefix before `/v1` or `/dashboard`), so the client's `baseUrl` can be
 * anything. Order matters: forced scenarios, then the `/v1` auth guard, then the
 * endpoints, then a 404 for unknown endpoints. State lives in `./db` (`resetMockDb`),
 * forced errors in `./scenarios` (`forceScenario`).
 *
 * @example
 * const server = setupServer(...handlers);
 * export default { parameters: { msw: { handlers } } }; // a story
 */
export const handlers: HttpHandler[] = [
  ...scenarioHandlers,
  authHandler,
  ...generationHandlers,
  ...endUserHandlers,
  ...dashboardHandlers,
  ...fallbackHandlers,
];
