/**
 * The browser flows of the demo as data: what a user does and what the page must show,
 * written once and run by two interpreters — Playwright in Chromium
 * (tests/e2e/playwrightFlow.ts, `npm run test:e2e`) and a WebDriver one in Firefox and
 * WebKit (tests/browsers/runFlow.ts, `npm run test:firefox`, `npm run test:webkit`).
 * Plain objects, so a flow reads like a spec and both interpreters mean the same thing by
 * every word; the words are defined here.
 *
 * Matching text (`TextMatch`): a string is the whole text, whitespace collapsed and
 * trimmed, case included; a RegExp is tested against that text.
 */
import type { ScenarioId } from '../../src/mocks/scenarioList';

export type TextMatch = string | RegExp;

/** Narrows a target: inside `within`, containing `hasText`, the first match only. */
export interface TargetOptions {
  /** Only inside the elements `within` finds. */
  within?: Target;
  /** Only elements whose text contains this string (case included), or matches this RegExp. */
  hasText?: TextMatch;
  /** The first match in document order; otherwise a single-element step fails on several. */
  first?: boolean;
}

/**
 * Elements a step acts on or checks:
 * - `role`: accessible role (implicit or explicit) and, when given, accessible name;
 *   elements hidden from the accessibility tree are left out. `level` for headings.
 * - `label`: a form control whose accessible name (its `<label>`, `aria-label`,
 *   `aria-labelledby`) matches.
 * - `testId`: `[data-testid="…"]`.
 * - `text`: the innermost elements whose text matches (not their ancestors).
 * - `css`: a CSS selector.
 */
export type Target = TargetOptions &
  (
    | { role: string; name?: TextMatch; level?: number }
    | { label: TextMatch }
    | { testId: string }
    | { text: TextMatch }
    | { css: string }
  );

/** What `expect` checks on a target; `not` inverts it (not with `count`). */
export type Expectation =
  | { visible: true }
  | { count: number }
  | { countAtMost: number }
  | { focused: true }
  /** The whole text; a list: the matched elements' texts, in order. */
  | { text: TextMatch | readonly TextMatch[] }
  /** A string: part of the text (case included). */
  | { containsText: TextMatch }
  | { value: string }
  | { attribute: string; equals: string }
  | { description: TextMatch };

/**
 * What `expectPage` checks on the page as a whole (plain data: CSS selectors, a pattern's
 * source): each check is `pageProblems` in tests/flows/inPage.ts, run in the page.
 * - `clearOf`: no visible element of `css` overlaps a visible element of `of`, nor (with
 *   `focused`) the focused element outside `css`;
 * - `noHorizontalOverflow`: the page is no wider than the viewport;
 * - `direction`: every element of `css` is laid out in that direction (computed);
 * - `visibleText`: the text a sighted user sees (not visually hidden live regions), in
 *   the elements of `within` (default the whole page), matches the pattern at most
 *   `atMost` times;
 * - `targetSize`: every visible element of `css` is at least `atLeast` px wide and high.
 */
export type PageCheck =
  | { clearOf: { css: string; of: readonly string[]; focused?: boolean } }
  | { noHorizontalOverflow: true }
  | { direction: { css: string; is: 'rtl' | 'ltr' } }
  | { visibleText: { source: string; flags: string; atMost: number; within?: string } }
  | { targetSize: { css: string; atLeast: number } };

/** Keys as Playwright names them. */
export type Key = 'Tab' | 'Shift+Tab' | 'Enter' | 'Space' | 'Escape' | 'Backspace';

/** Which tab of the browser context a step runs in (1 unless a flow opens more). */
interface InTab {
  tab?: number;
}

export type Step = InTab &
  (
    | { do: 'goto'; path: string }
    /** Opens `/?scenario=<id>` (the mock primed, its page open) and waits for the h1. */
    | { do: 'openScenario'; id: ScenarioId }
    | { do: 'click'; target: Target }
    /** Replaces the control's value by typing `value` (select all, then keystrokes). */
    | { do: 'fill'; target: Target; value: string }
    | { do: 'select'; target: Target; value: string }
    | { do: 'focus'; target: Target }
    /** A key on the focused element, or on `target` after focusing it. */
    | { do: 'press'; key: Key; target?: Target }
    /** Keystrokes into the focused element. */
    | { do: 'type'; text: string }
    /** Presses Tab (Shift+Tab with `back`) until the focused element's name, text or id matches; fails after 40. */
    | { do: 'tabTo'; name: RegExp; back?: boolean }
    | { do: 'wait'; ms: number }
    | { do: 'back' }
    /** From now on the page's timers of `fromMs` or longer never fire (the flow stays where it is). */
    | { do: 'holdTimers'; fromMs: number }
    | ({ do: 'expect'; target: Target; not?: boolean; timeout?: number } & { is: Expectation })
    | { do: 'expectUrl'; matches: RegExp; not?: boolean }
    | { do: 'expectTitle'; matches: TextMatch; not?: boolean }
    /** The page as a whole passes `check` (retried until it does, as `expect` is). */
    | { do: 'expectPage'; check: PageCheck; timeout?: number }
    /** Resizes the viewport (CSS px). */
    | { do: 'viewport'; width: number; height: number }
    /** `Object.prototype` has no `polluted` key (a hostile body changed nothing). */
    | { do: 'expectPrototypeClean' }
    /** Neither localStorage nor sessionStorage holds `text`. */
    | { do: 'expectStorageLacks'; text: string }
    /** axe-core finds no violation in the page as it is now. */
    | { do: 'axe'; state: string }
    /** Saves the page as `<browser>/screenshots/<id>.png` under test-results. */
    | { do: 'screenshot'; id: string }
    /** Opens the tab (same context: one origin, one BroadcastChannel); the newest tab is the one in front. */
    | { do: 'openTab' }
    /** Forgets the `/v1` requests the tab sent so far (`expectSent` counts from here). */
    | { do: 'markRequests' }
    /** Waits for the tab's 429 on `path`; its window ends `retryAfterS` after the answer came. */
    | { do: 'windowFrom429'; path: string; retryAfterS: number }
    /**
     * The `/v1` requests the tab sent since `markRequests`: none (`none`), or none to
     * `path` before the window's end + `fromMs`, and the first one by the end + `byMs`.
     */
    | { do: 'expectSent'; none: true }
    | { do: 'expectSent'; path: string; fromMs: number; byMs: number }
  );

export interface Flow {
  /** The test's name in every browser's report. */
  name: string;
  steps: readonly Step[];
  /** Test timeout, ms (default 30 s). */
  timeout?: number;
}

// Builders: a flow reads like a spec.
export const role = (roleName: string, name?: TextMatch, options: TargetOptions & { level?: number } = {}): Target => ({ role: roleName, ...(name === undefined ? {} : { name }), ...options });
export const label = (text: TextMatch, options: TargetOptions = {}): Target => ({ label: text, ...options });
export const testId = (id: string, options: TargetOptions = {}): Target => ({ testId: id, ...options });
export const text = (match: TextMatch, options: TargetOptions = {}): Target => ({ text: match, ...options });
export const css = (selector: string, options: TargetOptions = {}): Target => ({ css: selector, ...options });

export const goto = (path: string): Step => ({ do: 'goto', path });
export const openScenario = (id: ScenarioId): Step => ({ do: 'openScenario', id });
export const click = (target: Target): Step => ({ do: 'click', target });
export const fill = (target: Target, value: string): Step => ({ do: 'fill', target, value });
export const select = (target: Target, value: string): Step => ({ do: 'select', target, value });
export const focus = (target: Target): Step => ({ do: 'focus', target });
export const press = (key: Key, target?: Target): Step => ({ do: 'press', key, ...(target ? { target } : {}) });
export const type = (value: string): Step => ({ do: 'type', text: value });
export const tabTo = (name: RegExp, options: { back?: boolean } = {}): Step => ({ do: 'tabTo', name, ...options });
export const wait = (ms: number): Step => ({ do: 'wait', ms });
export const back = (): Step => ({ do: 'back' });
export const holdTimers = (fromMs: number): Step => ({ do: 'holdTimers', fromMs });
export const expectThat = (target: Target, is: Expectation, options: { not?: boolean; timeout?: number } = {}): Step => ({ do: 'expect', target, is, ...options });
export const expectUrl = (matches: RegExp, options: { not?: boolean } = {}): Step => ({ do: 'expectUrl', matches, ...options });
export const expectTitle = (matches: TextMatch, options: { not?: boolean } = {}): Step => ({ do: 'expectTitle', matches, ...options });
export const expectPrototypeClean = (): Step => ({ do: 'expectPrototypeClean' });
export const expectPage = (check: PageCheck, options: { timeout?: number } = {}): Step => ({ do: 'expectPage', check, ...options });
/** The text a sighted user sees in `within` matches `pattern` at most `atMost` times (a wait said once: `atMost: 1`). */
export const expectVisibleTextAtMost = (pattern: RegExp, atMost: number, within?: string): Step =>
  expectPage({ visibleText: { source: pattern.source, flags: pattern.flags, atMost, ...(within ? { within } : {}) } });
export const viewport = (width: number, height: number): Step => ({ do: 'viewport', width, height });
export const expectStorageLacks = (value: string): Step => ({ do: 'expectStorageLacks', text: value });
export const axe = (state: string): Step => ({ do: 'axe', state });
export const screenshot = (id: string): Step => ({ do: 'screenshot', id });

export const openTab = (): Step => ({ do: 'openTab' });
export const markRequests = (): Step => ({ do: 'markRequests' });
export const windowFrom429 = (path: string, retryAfterS: number): Step => ({ do: 'windowFrom429', path, retryAfterS });
export const expectNothingSent = (): Step => ({ do: 'expectSent', none: true });
export const expectSentAfterWindow = (path: string, fromMs: number, byMs: number): Step => ({ do: 'expectSent', path, fromMs, byMs });

/** The same steps, run in tab `tab`. */
export const inTab = (tab: number, ...steps: Step[]): Step[] => steps.map((step) => ({ ...step, tab }));

/** How long an `expect` waits by default, ms (Playwright's `expect.timeout` in playwright.config.ts). */
export const EXPECT_TIMEOUT_MS = 7_000;
/** A flow's default time limit, ms (playwright.config.ts `timeout`). */
export const FLOW_TIMEOUT_MS = 30_000;

/**
 * Console errors the browsers log by themselves for the mock's answers, tolerated in
 * every flow: Chromium reports every fetch answered 4xx/5xx as "Failed to load resource:
 * the server responded with a status of 409 (Conflict)", even when the app handles it.
 * Every other console error or uncaught page error fails the flow.
 */
export const EXPECTED_CONSOLE_ERRORS: readonly RegExp[] = [/^Failed to load resource: the server responded with a status of [45]\d\d\b/];

/** The lines of `errors` ("console.error: …" or "uncaught: …") no pattern of `allowed` covers. */
export function unexpectedErrors(errors: readonly string[], allowed: readonly RegExp[] = EXPECTED_CONSOLE_ERRORS): string[] {
  const prefix = 'console.error: ';
  return errors.filter((line) => !(line.startsWith(prefix) && allowed.some((pattern) => pattern.test(line.slice(prefix.length)))));
}
