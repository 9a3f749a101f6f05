import { QueryClient, type QueryFunction } from '@tanstack/react-query';
import { createXModeClient } from '../../src/core';
import { createXModeQueryClient } from '../../src/react';

export type VariantId = 'a' | 'b' | 'c';

/** The part of ky variant (b) uses. */
interface Ky {
  create(options: { fetch: typeof fetch }): {
    get(url: string, options: { signal: AbortSignal }): { json<T>(): Promise<T> };
  };
}

// ky is a devDependency of the benchmark alone. Imported by a name TypeScript does not
// resolve, so the project's typecheck never depends on it being installed.
const KY_PACKAGE = 'ky';
let ky: Ky | undefined;

/** Loads what the variants need; call once before `createVariant`. */
export async function prepareVariants(): Promise<void> {
  try {
    ky = ((await import(KY_PACKAGE)) as { default: Ky }).default;
  } catch (cause) {
    throw new Error('bench: variant (b) needs ky, a devDependency of the benchmark (npm ci installs it)', { cause });
  }
}

export const VARIANT_LABELS: Record<VariantId, string> = {
  a: '(a) React Query defaults, fetch that throws on !ok',
  b: '(b) per-request Retry-After (ky defaults) + React Query defaults',
  c: '(c) xmode-error-ui: createXModeQueryClient + createXModeClient (the client waits in its windows)',
};

export interface StormVariant {
  client: QueryClient;
  /** The query function of query `index`. */
  queryFn(index: number): QueryFunction<unknown>;
}

/**
 * The three ways a team can call the API, each with its own fresh client. `send` is the
 * counting `fetch` every variant must send through.
 */
export function createVariant(id: VariantId, baseUrl: string, send: typeof fetch): StormVariant {
  if (id === 'a') {
    // What a team writes with no library: React Query's browser defaults (3 retries,
    // 1 s / 2 s / 4 s) around a fetch that throws on !ok.
    return {
      client: new QueryClient(),
      queryFn: (index) => async ({ signal }) => {
        const response = await send(`${baseUrl}/v1/balance?q=${index}`, { signal });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      },
    };
  }
  if (id === 'b') {
    // ky's defaults (2 retries; Retry-After honoured for 413/429/503, else 0.3 s, 0.6 s)
    // under React Query's defaults: each request sleeps its own Retry-After, nothing is
    // shared between requests. openai-node behaves the same way for this test.
    if (!ky) throw new Error('bench: call prepareVariants() first');
    const api = ky.create({ fetch: send });
    return {
      client: new QueryClient(),
      queryFn: (index) => ({ signal }) => api.get(`${baseUrl}/v1/balance?q=${index}`, { signal }).json<unknown>(),
    };
  }
  // The module as the README embeds it: a fresh API client (its own windows,
  // so no variant inherits another's state) and the query client built from it.
  const xmode = createXModeClient({ baseUrl, fetch: send });
  return {
    client: createXModeQueryClient({ api: xmode }),
    queryFn: (index) => ({ signal }) => xmode.get<unknown>('/v1/balance', { signal, query: { q: index } }),
  };
}
