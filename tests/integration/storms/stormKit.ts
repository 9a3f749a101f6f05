import { QueryObserver } from '@tanstack/react-query';
import { vi } from 'vitest';
import { createXModeClient } from '../../../src/core';
import { createXModeQueryClient } from '../../../src/react';

// A seeded PRNG (mulberry32): a failing seed replays exactly. Shared with the bench's corpus.
export { seeded } from '../../../bench/lib/seeded';

/** What the fake API answers. */
export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

/** One request the fake API saw: when it was sent and arrived (fake epoch ms), and the answer. */
export interface SentRequest {
  query: number;
  sentAt: number;
  arrivedAt?: number;
  status?: number;
}

/** Fake ms advanced between two checks of a running storm. */
const STEP_MS = 50;

export const ok: Answer = { status: 200, body: '{"xTokens":1200}' };
export const outage = (headers: Record<string, string> = {}): Answer => ({
  status: 503,
  headers,
  body: '{"error":{"code":"provider_timeout","message":"The image provider did not answer in time"}}',
});
export const rateLimited = (retryAfter?: string): Answer => ({
  status: 429,
  headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter },
  body: '{"error":{"code":"rate_limited","message":"Too many requests, slow down"}}',
});

/**
 * An in-memory API on the fake clock: a request "arrives" after `latencyMs()` and gets
 * `answer(arrivedAt)` at once. Aborts reject like fetch does.
 */
export function createFakeApi(answer: (at: number) => Answer, latencyMs: () => number) {
  const log: SentRequest[] = [];
  const fetch: typeof globalThis.fetch = (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init?.signal ?? undefined;
      if (signal?.aborted) return reject(signal.reason);
      const record: SentRequest = { query: Number(new URL(String(input)).searchParams.get('q')), sentAt: Date.now() };
      log.push(record);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        record.arrivedAt = Date.now();
        const { status, headers, body } = answer(record.arrivedAt);
        record.status = status;
        resolve(new Response(body ?? null, { status, headers: { 'content-type': 'application/json', ...headers } }));
      }, Math.max(0, Math.round(latencyMs())));
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  return { fetch, log };
}

/** Settings of one storm. */
export interface StormOptions {
  queries: number;
  /** The API's answer to a request arriving `elapsed` ms after the storm started. */
  answer: (elapsed: number) => Answer;
  latencyMs?: () => number;
  /** Randomness of every jitter (React Query's retry delays, the client's window lengths). */
  random?: () => number;
  /** Fake ms to run for at most. */
  runMs: number;
  /** Stop early once every query has data. Default true. */
  stopWhenDone?: boolean;
}

/** What a storm left: the requests, when each query first had data, and each observer's last result. */
export interface StormResult {
  startedAt: number;
  log: SentRequest[];
  /** Elapsed ms (from the start) when each query first had data; undefined if never. */
  dataAt: Array<number | undefined>;
  /** Each query's state when the run stopped. */
  final: Array<{ status: string; fetchStatus: string }>;
}

/**
 * Mounts `queries` React Query observers on a real `createXModeQueryClient`, each fetching
 * through a real `createXModeClient` from the fake API, with fake timers. Call under
 * `vi.useFakeTimers()`.
 */
export async function runStorm(options: StormOptions): Promise<StormResult> {
  const { queries, answer, latencyMs = () => 5, random = Math.random, runMs, stopWhenDone = true } = options;
  const randomSpy = vi.spyOn(Math, 'random').mockImplementation(random);
  const startedAt = Date.now();
  const api = createFakeApi((at) => answer(at - startedAt), latencyMs);
  // The client's windows draw their jitter from Math.random: the seeded one above.
  const xmode = createXModeClient({ baseUrl: 'http://storm.test', fetch: api.fetch });
  const queryClient = createXModeQueryClient({ api: xmode, toasts: false });
  const dataAt: Array<number | undefined> = Array.from({ length: queries }, () => undefined);
  const observers = Array.from(
    { length: queries },
    (_, index) =>
      new QueryObserver(queryClient, {
        queryKey: ['balance', index],
        queryFn: ({ signal }) => xmode.get<unknown>('/v1/balance', { signal, query: { q: index } }),
      }),
  );
  const unsubscribes = observers.map((observer, index) =>
    observer.subscribe((result) => {
      if (result.status === 'success') dataAt[index] ??= Date.now() - startedAt;
    }),
  );
  try {
    while (Date.now() - startedAt < runMs) {
      await vi.advanceTimersByTimeAsync(STEP_MS);
      if (stopWhenDone && dataAt.every((at) => at !== undefined)) break;
    }
    const final = observers.map((observer) => {
      const { status, fetchStatus } = observer.getCurrentResult();
      return { status, fetchStatus };
    });
    return { startedAt, log: api.log, dataAt, final };
  } finally {
    unsubscribes.forEach((unsubscribe) => unsubscribe());
    await queryClient.cancelQueries();
    queryClient.clear();
    Object.values(xmode.windows).forEach((window) => window.close());
    randomSpy.mockRestore();
  }
}

/** Requests that arrived while `during(elapsed)` held. */
export function arrivedWhile(result: StormResult, during: (elapsed: number) => boolean): SentRequest[] {
  return result.log.filter((request) => request.arrivedAt !== undefined && during(request.arrivedAt - result.startedAt));
}
