import { render } from '@testing-library/react';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { setupServer } from 'msw/node';
import type { ComponentProps, ReactNode } from 'react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { XModeErrorProvider, createXModeClient, createXModeQueryClient, type XModeQueryClientOptions } from '../../src';

/** The provider's settings props (everything but where its client comes from). */
export type ProviderSettings = Omit<ComponentProps<typeof XModeErrorProvider>, 'client' | 'api' | 'baseUrl' | 'children'>;

export const API = 'http://xmode.test';

/** One MSW server for a test file; requests are counted per path. */
export function setupCountingServer() {
  const server = setupServer();
  const sent: string[] = [];
  server.events.on('request:start', ({ request }) => {
    sent.push(`${request.method} ${new URL(request.url).pathname}`);
  });
  return {
    server,
    sent,
    count: (what: string) => sent.filter((line) => line === what).length,
    use: (...handlers: HttpHandler[]) => server.use(...handlers),
  };
}

/**
 * The counting server of a test file, listening: an unhandled request fails the test;
 * handlers and the request log are reset after each test. A file's own cleanup goes in
 * its own hooks.
 */
export function listenCountingServer() {
  const net = setupCountingServer();
  beforeAll(() => net.server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    net.server.resetHandlers();
    net.sent.length = 0;
  });
  afterAll(() => net.server.close());
  return net;
}

export function xmodeError(code: string, status: number, headers: Record<string, string> = {}) {
  return HttpResponse.json({ error: { code, message: `${code} from the test server` } }, { status, headers });
}

/** Answers `first` for the first `times` requests, then `then`. */
export function sequence(path: string, times: number, first: () => Response, then: () => Response, method: 'get' | 'post' | 'delete' = 'get') {
  let calls = 0;
  return http[method](`${API}${path}`, () => {
    calls += 1;
    return calls <= times ? first() : then();
  });
}

/**
 * An API client and the query client built from it, as the README embeds them, isolated
 * for one test; its `windows`, `account` store and final `errors` are named for the
 * assertions.
 */
export function createKit(options: Omit<XModeQueryClientOptions, 'api'> = {}, clientOptions: { maxWaitMs?: number } = {}) {
  const api = createXModeClient({ baseUrl: API, apiKey: 'xm_live_testkey000000', ...clientOptions });
  const queryClient = createXModeQueryClient({ api, ...options });
  return { windows: api.windows, account: queryClient.xmode.account, errors: queryClient.xmode.errors, queryClient, api };
}

export function renderWithKit(
  ui: ReactNode,
  kit: ReturnType<typeof createKit>,
  props: ProviderSettings = {},
) {
  return render(
    <XModeErrorProvider client={kit.queryClient} {...props}>
      {ui}
    </XModeErrorProvider>,
  );
}
