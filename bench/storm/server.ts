import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StormServerOptions {
  /** Status answered inside the window (429 or 503). */
  status: number;
  /** Length of the error window, in ms, counted from the first request received. */
  windowMs: number;
  /** `Retry-After` sent with each error, in seconds; none when undefined. */
  retryAfterSeconds?: number;
  /** JSON error body sent inside the window. */
  body: string;
  /** The server closes itself after this long, whatever happens, in ms. */
  lifetimeMs: number;
}

export interface StormServer {
  /** `http://127.0.0.1:<ephemeral port>` */
  readonly url: string;
  /** `performance.now()` when the window ends; undefined before the first request. */
  windowEnd(): number | undefined;
  received(): number;
  receivedInWindow(): number;
  stop(): Promise<void>;
}

/**
 * A loopback server that answers every request with an error for `windowMs` after the
 * first one arrives, then 200. It runs in the benchmark's own process, so its clock
 * (`performance.now()`) is the clients' clock.
 */
export async function startStormServer(options: StormServerOptions): Promise<StormServer> {
  let windowStart: number | undefined;
  let received = 0;
  let inWindow = 0;
  const errorHeaders: Record<string, string> = { 'content-type': 'application/json' };
  if (options.retryAfterSeconds !== undefined) errorHeaders['retry-after'] = String(options.retryAfterSeconds);

  const server = createServer((request, response) => {
    const now = performance.now();
    windowStart ??= now;
    received += 1;
    request.resume();
    if (now < windowStart + options.windowMs) {
      inWindow += 1;
      response.writeHead(options.status, errorHeaders).end(options.body);
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"xTokens":1200}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= new Promise<void>((resolve) => {
      clearTimeout(lifetime);
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return stopped;
  };
  const lifetime = setTimeout(() => void stop(), options.lifetimeMs);
  lifetime.unref();

  return {
    url: `http://127.0.0.1:${port}`,
    windowEnd: () => (windowStart === undefined ? undefined : windowStart + options.windowMs),
    received: () => received,
    receivedInWindow: () => inWindow,
    stop,
  };
}
