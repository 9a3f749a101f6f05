/**
 * Runs one shared flow (tests/flows) in a browser session through the driver interface:
 * actions with the driver's real keyboard and pointer, targets and expectations through
 * the in-page probe, each expectation retried until it holds or its time is up (as
 * Playwright's web-first assertions are).
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { EXPECT_TIMEOUT_MS, unexpectedErrors, type Flow, type Step, type Target } from '../flows/flow';
import type { SentRequest } from '../flows/inPage';
import { sentProblems, windowEnd } from '../flows/requests';
import type { Session, Tab } from './driver';
import { axeSource, probeSource } from './probeSource';
import { describeTarget, toWireExpectation, toWireTarget } from './wire';

/** How long an action waits for its one visible target, ms. */
const ACTION_TIMEOUT_MS = 10_000;
/** Between two looks at the page, ms. */
const POLL_MS = 100;
/** How long axe-core may take on a busy machine, ms. */
const AXE_TIMEOUT_MS = 30_000;
/** Tab presses `tabTo` tries before it gives up. */
const MAX_TAB_PRESSES = 40;

export interface RunOptions {
  baseUrl: string;
  /** Where `screenshot` steps save (`<dir>/<id>.png`). */
  screenshotDir: string;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Calls `window.__flowProbe[method](...args)` in the tab, injecting the probe first when the page lacks it. */
async function probe<T>(tab: Tab, method: string, ...args: unknown[]): Promise<T> {
  const expression = `(window.__flowProbe ? { value: window.__flowProbe.${method}(...${JSON.stringify(args)}) } : null)`;
  let result = await tab.evaluate<{ value: T } | null>(expression);
  if (result === null) {
    await tab.evaluate(`(() => { ${await probeSource()} ; return 0; })()`);
    result = await tab.evaluate<{ value: T } | null>(expression);
  }
  return (result ?? { value: undefined as T }).value;
}

/** Retries `look` until it says ok; throws `what` with the last actual state when `timeout` passes. */
async function until(look: () => Promise<{ ok: boolean; actual: string }>, timeout: number, what: string): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const { ok, actual } = await look();
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${what}\n  after ${timeout} ms the page shows: ${actual}`);
    await sleep(POLL_MS);
  }
}

/** Retries an action on the one visible element `target` finds, until the probe finds it. */
async function act(tab: Tab, target: Target, what: string, action: (wire: string) => Promise<string>): Promise<void> {
  const wire = JSON.stringify(toWireTarget(target));
  let reason = '';
  await until(
    async () => {
      reason = await action(wire);
      return { ok: reason === '', actual: reason };
    },
    ACTION_TIMEOUT_MS,
    `${what} ${describeTarget(target)}`,
  );
}

async function expectTarget(tab: Tab, step: Extract<Step, { do: 'expect' }>): Promise<void> {
  const wireTarget = toWireTarget(step.target);
  const wireIs = toWireExpectation(step.is);
  await until(
    async () => {
      const { ok, actual } = await probe<{ ok: boolean; actual: string }>(tab, 'check', wireTarget, wireIs);
      return { ok: step.not ? !ok : ok, actual };
    },
    step.timeout ?? EXPECT_TIMEOUT_MS,
    `expected ${describeTarget(step.target)} ${step.not ? 'not ' : ''}${JSON.stringify(step.is, (_key, value: unknown) => (value instanceof RegExp ? String(value) : value))}`,
  );
}

interface AxeViolation {
  id: string;
  impact?: string;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

async function expectNoAxeViolations(tab: Tab, state: string): Promise<void> {
  if (!(await tab.evaluate<boolean>("typeof window.axe === 'object'"))) await tab.evaluate(`(() => { ${axeSource()} ; return 0; })()`);
  await probe(tab, 'axeStart');
  let results: { violations?: AxeViolation[]; error?: string } | undefined;
  await until(
    async () => {
      results = await probe(tab, 'axeDone');
      return { ok: results !== undefined && results !== null, actual: 'axe still running' };
    },
    AXE_TIMEOUT_MS,
    `axe in state "${state}"`,
  );
  if (results?.error) throw new Error(`axe failed in state "${state}": ${results.error}`);
  const summary = (results?.violations ?? []).map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`).join('\n'),
  );
  if (summary.length > 0) throw new Error(`axe violations in state "${state}":\n${summary.join('\n')}`);
}

/** The flow's tabs (created on first use, the newest in front) and what the tabs steps learned. */
class Tabs {
  private readonly tabs = new Map<number, Tab>();
  windowEndsAt: number | undefined;

  constructor(private readonly session: Session) {}

  async get(tab = 1): Promise<Tab> {
    const open = this.tabs.get(tab);
    if (open) return open;
    const created = await this.session.openTab();
    this.tabs.set(tab, created);
    return created;
  }

  /** Errors no pattern allows, in every tab: the driver's, and those the probe saw (WebKit's driver sees no console). */
  async unexpectedErrors(): Promise<string[]> {
    const lines: string[] = [];
    for (const [number, tab] of this.tabs) {
      const fromProbe = await probe<string[]>(tab, 'errors').catch(() => [] as string[]);
      const seen = [...new Set([...(await tab.takeErrors()), ...fromProbe])];
      lines.push(...unexpectedErrors(seen).map((line) => `tab ${number}: ${line}`));
    }
    return lines;
  }
}

async function runStep(tabs: Tabs, step: Step, options: RunOptions): Promise<void> {
  const tab = await tabs.get(step.tab);
  switch (step.do) {
    case 'goto':
      await tab.goto(new URL(step.path, options.baseUrl).href);
      await probe(tab, 'count', { css: 'html' }); // the probe now listens for errors
      return;
    case 'openScenario':
      await runStep(tabs, { do: 'goto', path: `/?scenario=${step.id}`, ...(step.tab ? { tab: step.tab } : {}) }, options);
      await expectTarget(tab, { do: 'expect', target: { css: 'h1' }, is: { visible: true } });
      return;
    case 'click':
      return act(tab, step.target, 'click', (wire) => tab.clickElement(`window.__flowProbe ? window.__flowProbe.single(${wire}) : 'no probe'`));
    case 'fill':
      await act(tab, step.target, 'fill', (wire) => probe(tab, 'focus', JSON.parse(wire)));
      await tab.selectAll();
      if (step.value === '') await tab.press('Backspace');
      else await tab.type(step.value);
      return expectTarget(tab, { do: 'expect', target: step.target, is: { value: step.value } });
    case 'select':
      return act(tab, step.target, 'select', (wire) => probe(tab, 'select', JSON.parse(wire), step.value));
    case 'focus':
      return act(tab, step.target, 'focus', (wire) => probe(tab, 'focus', JSON.parse(wire)));
    case 'press':
      if (step.target) await act(tab, step.target, 'focus', (wire) => probe(tab, 'focus', JSON.parse(wire)));
      return tab.press(step.key);
    case 'type':
      return tab.type(step.text);
    case 'tabTo': {
      for (let press = 0; press < MAX_TAB_PRESSES; press += 1) {
        await tab.press(step.back ? 'Shift+Tab' : 'Tab');
        if (step.name.test(await probe<string>(tab, 'focusedElementText'))) return;
      }
      throw new Error(`Focus never reached ${step.name}`);
    }
    case 'wait':
      return sleep(step.ms);
    case 'back':
      return tab.back();
    case 'holdTimers':
      await probe(tab, 'holdTimers', step.fromMs);
      return;
    case 'expect':
      return expectTarget(tab, step);
    case 'expectUrl':
      return until(async () => {
        const url = await tab.url();
        return { ok: step.matches.test(url) !== Boolean(step.not), actual: url };
      }, EXPECT_TIMEOUT_MS, `expected the URL ${step.not ? 'not ' : ''}to match ${step.matches}`);
    case 'expectTitle':
      return until(async () => {
        const title = await tab.title();
        const ok = typeof step.matches === 'string' ? title === step.matches : step.matches.test(title);
        return { ok: ok !== Boolean(step.not), actual: title };
      }, EXPECT_TIMEOUT_MS, `expected the title ${step.not ? 'not ' : ''}to match ${String(step.matches)}`);
    case 'expectPage': {
      let problems: string[] = [];
      return until(async () => {
        problems = await probe<string[]>(tab, 'pageProblems', step.check);
        return { ok: problems.length === 0, actual: problems.join('; ') };
      }, step.timeout ?? EXPECT_TIMEOUT_MS, `expected the page to pass ${JSON.stringify(step.check)}`);
    }
    case 'viewport':
      return tab.setViewport(step.width, step.height);
    case 'expectPrototypeClean':
      if (!(await probe<boolean>(tab, 'prototypeIsClean'))) throw new Error('Object.prototype.polluted is set');
      return;
    case 'expectStorageLacks': {
      const stored = await probe<string>(tab, 'storedText');
      if (stored.includes(step.text)) throw new Error(`storage holds "${step.text}": ${stored}`);
      return;
    }
    case 'axe':
      return expectNoAxeViolations(tab, step.state);
    case 'screenshot': {
      const path = join(options.screenshotDir, `${step.id}.png`);
      await mkdir(dirname(path), { recursive: true });
      return tab.screenshot(path);
    }
    case 'openTab':
      return;
    case 'markRequests':
      await probe(tab, 'markRequests');
      return;
    case 'windowFrom429': {
      const look = async () => windowEnd(await probe<SentRequest[]>(tab, 'sentRequests'), step.path, step.retryAfterS);
      await until(async () => ({ ok: (await look()) !== undefined, actual: 'no 429 yet' }), EXPECT_TIMEOUT_MS, `a 429 on ${step.path}`);
      tabs.windowEndsAt = await look();
      return;
    }
    case 'expectSent': {
      const problems = sentProblems(step, await probe<SentRequest[]>(tab, 'sentRequests'), tabs.windowEndsAt);
      if (problems.length > 0) throw new Error(`tab ${step.tab ?? 1}'s /v1 requests: ${problems.join('; ')}`);
      return;
    }
  }
}

/** Runs `flow` in `session`; throws at the first step that fails, or when a tab logged an unexpected error. */
export async function runFlow(session: Session, flow: Flow, options: RunOptions): Promise<void> {
  const tabs = new Tabs(session);
  for (const [index, step] of flow.steps.entries()) {
    try {
      await runStep(tabs, step, options);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`step ${index + 1} (${step.do}${step.tab ? ` in tab ${step.tab}` : ''}): ${message}`, { cause: error });
    }
  }
  const unexpected = await tabs.unexpectedErrors();
  if (unexpected.length > 0) throw new Error(`console errors or uncaught page errors:\n${unexpected.join('\n')}`);
}
