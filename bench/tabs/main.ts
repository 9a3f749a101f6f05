// Scenario 5: a 429 in one tab of three. Each tab is the module as a dashboard embeds it
// (its own API client and query client, same base URL and key); "shared" links them the
// way the provider does (connectTabs over BroadcastChannel), "per tab" does not.
// Run through bench/run.mjs (it builds this file); writes its result to --out.
import { writeFileSync } from 'node:fs';
import { QueryObserver, environmentManager } from '@tanstack/react-query';
import { createXModeClient } from '../../src/core';
import { setTabPortFactory } from '../../src/core/tabChannel';
import { createXModeQueryClient } from '../../src/react';
import { connectTabs } from '../../src/react/connectTabs';
import { argValue, summarize } from '../lib/stats';
import { startStormServer } from '../storm/server';

const TABS = 3;
const QUERIES_PER_TAB = 20;
const WINDOW_MS = 3_000;
/** Tab n (from 0) mounts its queries at n × this, in ms: tabs 2 and 3 inside tab 1's window. */
const TAB_STAGGER_MS = 500;
const RUN_TIMEOUT_MS = 30_000;
const KEY = 'xm_live_bench0000000000000';
const RATE_LIMITED = '{"error":{"code":"rate_limited","message":"Too many requests, slow down"}}';

type Variant = 'perTab' | 'shared';
const LABELS: Record<Variant, string> = {
  perTab: 'per-tab state (each tab learns the 429 itself)',
  shared: 'shared between tabs (this module: what one tab learned, the others know)',
};

interface RunResult {
  requests: number;
  inWindow: number;
  /** Of those, sent by tabs 2 and 3 (which mounted inside the window). */
  inWindowByLaterTabs: number;
  recoveryLagMs: number | null;
}

async function runOnce(variant: Variant): Promise<RunResult> {
  const server = await startStormServer({ status: 429, windowMs: WINDOW_MS, retryAfterSeconds: WINDOW_MS / 1000, body: RATE_LIMITED, lifetimeMs: RUN_TIMEOUT_MS + 5_000 });
  const log: Array<{ tab: number; status?: number }> = [];
  const successAt: number[] = [];
  const cleanups: Array<() => void> = [];
  let done: () => void = () => undefined;
  const allDone = new Promise<void>((resolve) => (done = resolve));

  const tabs = Array.from({ length: TABS }, (_, tab) => {
    const send: typeof fetch = async (input, init) => {
      const record: { tab: number; status?: number } = { tab };
      log.push(record);
      const response = await fetch(input, init);
      record.status = response.status;
      return response;
    };
    const api = createXModeClient({ baseUrl: server.url, apiKey: KEY, fetch: send });
    const client = createXModeQueryClient({ api });
    // What <XModeErrorProvider shareAcrossTabs> does on mount (the tab link is all that is measured here).
    if (variant === 'shared') cleanups.push(connectTabs(client.xmode));
    return client;
  });
  tabs.forEach((client, tab) => {
    const timer = setTimeout(() => {
      for (let index = 0; index < QUERIES_PER_TAB; index += 1) {
        const observer = new QueryObserver(client, {
          queryKey: ['balance', index],
          queryFn: ({ signal }) => client.xmode.api!.get('/v1/balance', { signal, query: { q: index } }),
        });
        cleanups.push(
          observer.subscribe((result) => {
            if (result.status !== 'success' || result.isFetching) return;
            successAt.push(performance.now());
            if (successAt.length === TABS * QUERIES_PER_TAB) done();
          }),
        );
      }
    }, tab * TAB_STAGGER_MS);
    cleanups.push(() => clearTimeout(timer));
  });
  const timeout = setTimeout(done, RUN_TIMEOUT_MS);
  await allDone;
  clearTimeout(timeout);
  cleanups.forEach((cleanup) => cleanup());
  for (const client of tabs) {
    await client.cancelQueries();
    client.clear();
  }
  await server.stop();

  const errors = log.filter((record) => record.status === 429);
  const windowEnd = server.windowEnd() ?? 0;
  return {
    requests: log.length,
    inWindow: errors.length,
    inWindowByLaterTabs: errors.filter((record) => record.tab > 0).length,
    recoveryLagMs: successAt.length === TABS * QUERIES_PER_TAB ? Math.max(...successAt) - windowEnd : null,
  };
}

async function main() {
  // Node has no `window`: take the browser's React Query defaults, and Node's BroadcastChannel for the tabs.
  environmentManager.setIsServer(() => false);
  setTabPortFactory((name) => new BroadcastChannel(name) as unknown as ReturnType<Parameters<typeof setTabPortFactory>[0] & object>);
  const repeats = Number(argValue('repeats') ?? 10);
  const runs: Record<Variant, RunResult[]> = { perTab: [], shared: [] };
  for (let repeat = 0; repeat < repeats; repeat += 1) {
    // One after the other: the variants share one channel name, as tabs of one origin do.
    for (const variant of ['perTab', 'shared'] as const) {
      const result = await runOnce(variant);
      runs[variant].push(result);
      console.error(
        `  tabs ${repeat + 1}/${repeats} ${variant}: ${result.inWindow} in window (${result.inWindowByLaterTabs} from tabs 2–3), ` +
          `lag ${result.recoveryLagMs === null ? 'not recovered' : `${Math.round(result.recoveryLagMs)} ms`}`,
      );
    }
  }
  const variants = Object.fromEntries(
    (Object.keys(runs) as Variant[]).map((variant) => {
      const list = runs[variant];
      const lags = list.map((run) => run.recoveryLagMs).filter((lag): lag is number => lag !== null);
      return [
        variant,
        {
          label: LABELS[variant],
          runs: list.length,
          requests: summarize(list.map((run) => run.requests)),
          inWindow: summarize(list.map((run) => run.inWindow)),
          inWindowByLaterTabs: summarize(list.map((run) => run.inWindowByLaterTabs)),
          recoveryLagMs: lags.length ? summarize(lags) : null,
          notRecovered: list.length - lags.length,
        },
      ];
    }),
  );
  const result = { repeats, tabs: TABS, queriesPerTab: QUERIES_PER_TAB, windowMs: WINDOW_MS, tabStaggerMs: TAB_STAGGER_MS, variants };
  const out = argValue('out');
  if (out) writeFileSync(out, JSON.stringify(result, null, 2));
  else console.log(JSON.stringify(result, null, 2));
}

await main();
