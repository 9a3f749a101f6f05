import { existsSync, readFileSync } from 'node:fs';
import { test as base, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { STORY_LOCALE, STORY_START, STORY_TIME_ZONE } from '../../storybook/clock';
import { STORY_VIEWPORTS } from '../../storybook/viewports';

/** One entry of the built Storybook's `index.json`. */
export interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}

const INDEX = new URL('../../storybook-static/index.json', import.meta.url);

/** The built Storybook's entries; fails with the command to run when there is no build. */
export function builtEntries(): IndexEntry[] {
  if (!existsSync(INDEX)) {
    throw new Error('storybook-static/index.json is missing: run `npm run build-storybook` first (`npm run test:storybook-static` does).');
  }
  const index = JSON.parse(readFileSync(INDEX, 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries);
}

export type Theme = 'light' | 'dark';

/** Pixel size of a toolbar viewport. */
export function viewportSize(name: keyof typeof STORY_VIEWPORTS): { width: number; height: number } {
  const { width, height } = STORY_VIEWPORTS[name].styles;
  return { width: Number.parseInt(width, 10), height: Number.parseInt(height, 10) };
}

/**
 * The browser context every look starts from: fixed viewport, locale, time zone, no
 * motion. Its clock is fixed too (`StaticPreview.open`): the page starts at `STORY_START`,
 * and the preview sets every story back to it (storybook/clock.ts).
 */
export const CONTEXT_OPTIONS: BrowserContextOptions = {
  viewport: viewportSize('desktop'),
  deviceScaleFactor: 1,
  colorScheme: 'light',
  locale: STORY_LOCALE,
  timezoneId: STORY_TIME_ZONE,
  reducedMotion: 'reduce',
};

/** What the preview reported while rendering one entry. */
export interface RenderReport {
  id: string;
  done: boolean;
  /** Play exceptions, render errors, unhandled errors and failed axe checks, as text. */
  failures: string[];
}

interface PreviewChannel {
  on: (event: string, listener: (payload: unknown) => void) => void;
  emit: (event: string, payload: unknown) => void;
}

declare global {
  interface Window {
    __storyReport?: RenderReport;
    __storyChannel?: PreviewChannel;
    /** In every frame: its failures, console errors, and whether its story finished. */
    __frameReport?: { failures: string[]; consoleErrors: string[]; finished: boolean };
  }
}

/**
 * Listens to the preview's channel from the first moment (by trapping the global
 * Storybook stores it in), so no event of a render is missed. Events count for the
 * entry in `window.__storyReport`: `storyFinished` ends a story (its status includes the
 * axe check of `a11y.test`), `docsRendered` ends a docs page.
 */
function recordPreviewEvents() {
  const text = (value: unknown) => {
    const error = value as { name?: string; message?: string } | undefined;
    return error?.message ? `${error.name ?? 'Error'}: ${error.message.split('\n')[0]}` : JSON.stringify(value);
  };
  const frame = { failures: [] as string[], consoleErrors: [] as string[], finished: false };
  window.__frameReport = frame;
  // Console errors are counted per frame, here (Playwright reports a page's frames as one).
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    frame.consoleErrors.push(`console.error: ${args.map((arg) => (arg instanceof Error ? text(arg) : String(arg))).join(' ').split('\n')[0]}`);
    consoleError(...args);
  };
  window.addEventListener('error', (event) => frame.consoleErrors.push(`uncaught: ${text(event.error ?? event.message)}`));
  window.addEventListener('unhandledrejection', (event) => frame.consoleErrors.push(`unhandled rejection: ${text(event.reason)}`));
  const fail = (line: string) => {
    frame.failures.push(line);
    window.__storyReport?.failures.push(line);
  };
  const listen = (channel: PreviewChannel) => {
    window.__storyChannel = channel;
    channel.on('playFunctionThrewException', (error) => fail(`play function: ${text(error)}`));
    channel.on('storyThrewException', (error) => fail(`render: ${text(error)}`));
    channel.on('storyErrored', (error) => fail(`story errored: ${text(error)}`));
    channel.on('storyMissing', (id) => fail(`story missing: ${String(id)}`));
    channel.on('unhandledErrorsWhilePlaying', (errors) => fail(`unhandled while playing: ${text((errors as unknown[])[0])}`));
    channel.on('storyFinished', (payload) => {
      const report = window.__storyReport;
      const { storyId, status, reporters = [] } = payload as {
        storyId: string;
        status: string;
        reporters?: Array<{ type: string; status: string; result?: { violations?: Array<{ id: string; nodes: Array<{ target: unknown }> }> } }>;
      };
      frame.finished = true;
      if (!report || storyId !== report.id) return;
      for (const reporter of reporters.filter((entry) => entry.status === 'failed')) {
        const violations = (reporter.result?.violations ?? []).map((v) => `${v.id} at ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
        fail(`${reporter.type}: ${violations.join('; ') || 'failed'}`);
      }
      if (status === 'error' && report.failures.length === 0) fail('story finished with status "error"');
      report.done = true;
    });
    channel.on('docsRendered', (id) => {
      if (window.__storyReport && id === window.__storyReport.id) window.__storyReport.done = true;
    });
  };
  let current: PreviewChannel | undefined;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => current,
    set(channel: PreviewChannel | undefined) {
      current = channel;
      if (channel) listen(channel);
    },
  });
}

/**
 * The built Storybook's preview frame, opened once and kept: entries are switched in it
 * the way the Storybook UI switches them (`setCurrentStory`), so the bundle loads once
 * per theme, not once per story. A failed entry reloads the frame before the next.
 */
export class StaticPreview {
  private theme: Theme | undefined;
  private currentId: string | undefined;
  private dirty = true;

  private constructor(readonly page: Page) {}

  static async open(browser: Browser, baseURL: string): Promise<StaticPreview> {
    const context = await browser.newContext({ ...CONTEXT_OPTIONS, baseURL });
    // The page's clock starts at STORY_START whatever the machine's, and runs at the real
    // pace (timers fire as usual): even what reads the time before a story starts is fixed.
    await context.clock.install({ time: STORY_START });
    const page = await context.newPage();
    await page.addInitScript(recordPreviewEvents);
    return new StaticPreview(page);
  }

  /** Renders `entry` (a story plays) in `theme` and waits until it has finished; the console errors meanwhile come back too. */
  async render(entry: IndexEntry, theme: Theme, timeout = 25_000): Promise<{ report: RenderReport; consoleErrors: string[] }> {
    const { page } = this;
    if (this.dirty || theme !== this.theme) {
      await page.goto(`/iframe.html?globals=theme:${theme}`);
      // The index is loaded (the story store exists) before the first entry is asked for.
      await page.waitForFunction(() => window.__storyChannel !== undefined && (window as { __STORYBOOK_PREVIEW__?: { storyStoreValue?: unknown } }).__STORYBOOK_PREVIEW__?.storyStoreValue !== undefined);
      this.theme = theme;
      this.currentId = undefined;
      this.dirty = false;
    }
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    const same = this.currentId === entry.id;
    await page.evaluate(
      ({ id, mode, remount }) => {
        window.__storyReport = { id, done: false, failures: [] };
        window.__frameReport!.consoleErrors.length = 0;
        if (remount) window.__storyChannel!.emit('forceRemount', { storyId: id });
        else window.__storyChannel!.emit('setCurrentStory', { storyId: id, viewMode: mode });
      },
      { id: entry.id, mode: viewMode, remount: same },
    );
    this.currentId = entry.id;
    this.dirty = true; // until it finishes cleanly
    await page.waitForFunction(() => window.__storyReport?.done === true, null, { timeout, polling: 100 });
    const report = await page.evaluate(() => window.__storyReport!);
    const consoleErrors = await page.evaluate(() => [...window.__frameReport!.consoleErrors]);
    this.dirty = report.failures.length > 0 || consoleErrors.length > 0;
    return { report, consoleErrors };
  }

  /** The next entry reloads the frame (after a test changed args or globals in it). */
  discard(): void {
    this.dirty = true;
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}

/** `preview`: one StaticPreview per worker, shared by its tests. */
export const test = base.extend<object, { preview: StaticPreview }>({
  preview: [
    async ({ browser }, use, workerInfo) => {
      const preview = await StaticPreview.open(browser, String(workerInfo.project.use.baseURL));
      await use(preview);
      await preview.close();
    },
    { scope: 'worker' },
  ],
});

/** Switches the rendered story's canvas to `theme`, as the toolbar's Theme does, keeping the state it reached. */
export async function setStoryTheme(page: Page, theme: Theme): Promise<void> {
  await page.evaluate((value) => {
    for (const canvas of document.querySelectorAll('.xm-story')) canvas.setAttribute('data-theme', value);
  }, theme);
}

/**
 * Lays the rendered story's canvas out in `dir`, keeping the state it reached: the
 * canvas, the document (what sonner reads) and the toaster, as the toolbar's
 * "Right to left" does for the layout. The copy stays the story's (its play asserts it).
 */
export async function setStoryDirection(page: Page, dir: 'ltr' | 'rtl'): Promise<void> {
  await page.evaluate((value) => {
    document.documentElement.dir = value;
    for (const element of document.querySelectorAll('.xm-story, [data-sonner-toaster]')) element.setAttribute('dir', value);
  }, dir);
}

/**
 * Text that differs from run to run by design, made the same before a shot: request ids
 * (`req_<session>_<n>`: a running count of the mock's answers since the page loaded,
 * which depends on the stories shown before in the same frame), and the seconds of the
 * time an error happened (how long after the story's start its answer came depends on
 * the machine's load). Clock times are not replaced: the clock and the time zone are
 * fixed (storybook/clock.ts), so "after 9:40 AM" is the same on every run. Layout is
 * unchanged: the stand-ins have the same shape.
 */
async function normalizeVolatileText(page: Page): Promise<void> {
  await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const fixed = text.replace(/req_[0-9a-z]+_\d{6}/g, 'req_00000000_000000');
      if (fixed !== text) node.textContent = fixed;
    }
    for (const time of document.querySelectorAll('time')) {
      time.textContent = (time.textContent ?? '').replace(/\b(\d{1,2}:\d{2}):\d{2}\b/, '$1:00');
    }
  });
}

/** Numbers that tick while the shot is taken (the 429 countdowns): hidden, their room kept. */
const SHOT_STYLE = '.xm-notice__countdown { visibility: hidden !important; }';

/**
 * A PNG of the whole story: the pointer parked off the canvas (no hover look), fonts
 * loaded, motion stopped, volatile text made the same, ticking numbers hidden.
 */
export async function storyScreenshot(page: Page): Promise<Buffer> {
  await page.mouse.move(0, 0);
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.allSettled(document.getAnimations().map((animation) => animation.finished));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  await normalizeVolatileText(page);
  return page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide', style: SHOT_STYLE });
}
