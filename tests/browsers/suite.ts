/**
 * The shared flows (tests/flows) as Vitest tests in one browser: one browser per run,
 * one fresh session per flow, flows in order (two cores, often busy). Used by
 * firefox.test.ts and webkit.test.ts.
 */
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { FLOW_GROUPS } from '../flows';
import { FLOW_TIMEOUT_MS } from '../flows/flow';
import type { BrowserUnderTest } from './driver';
import { runFlow } from './runFlow';

declare module 'vitest' {
  interface ProvidedContext {
    /** Where the built demo (dist-demo) is served for this run (server.ts). */
    baseUrl: string;
  }
}

/** A session's start and end on top of a flow's own time, ms. */
const SESSION_MS = 15_000;
/** Launching the browser on a busy machine, ms. */
const LAUNCH_MS = 120_000;

export function browserSuite(launch: () => Promise<BrowserUnderTest>): void {
  let browser: BrowserUnderTest | undefined;
  beforeAll(async () => {
    browser = await launch();
    console.log(`[${browser.name}] ${browser.version}`);
  }, LAUNCH_MS);
  afterAll(() => browser?.close());

  for (const group of FLOW_GROUPS) {
    describe(group.name, () => {
      for (const flow of group.flows) {
        it(flow.name, async () => {
          if (!browser) throw new Error('the browser did not start');
          const session = await browser.newSession();
          try {
            await runFlow(session, flow, { baseUrl: inject('baseUrl'), screenshotDir: `test-results/${browser.name}/screenshots` });
          } finally {
            await session.close();
          }
        }, (flow.timeout ?? FLOW_TIMEOUT_MS) + SESSION_MS);
      }
    });
  }
}
