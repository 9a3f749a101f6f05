/**
 * Vitest global setup of the browser suites: serves the built demo (dist-demo, from
 * `npm run build:demo`) with `vite preview` on a port of the run's own — E2E_PORT + 1
 * for Firefox, + 2 for WebKit (4174, 4175 by default), so a Playwright run beside it
 * keeps E2E_PORT — and gives the tests its URL.
 */
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

const OFFSET: Record<string, number> = { firefox: 1, webkit: 2 };

export default async function serveDemo(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync('dist-demo/index.html')) throw new Error('No built demo in dist-demo: run `npm run build:demo` first (npm run test:firefox does).');
  const port = Number(process.env.E2E_PORT ?? 4173) + (OFFSET[project.name] ?? 3);
  const server = await preview({ logLevel: 'warn', preview: { port, strictPort: true, host: '127.0.0.1', open: false } });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return async () => {
    await server.close();
  };
}
