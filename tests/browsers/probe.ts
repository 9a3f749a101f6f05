/**
 * The in-page half of the Firefox and WebKit runners: finds a flow's targets and checks
 * its expectations in the page, with the meanings tests/flows/flow.ts gives them (the
 * Playwright interpreter gets the same from Playwright's locators). Bundled by esbuild
 * into `window.__flowProbe` (tests/browsers/probeSource.ts) and injected by the runner
 * whenever a page lacks it. Every method is synchronous and returns JSON-able values, so
 * any WebDriver client can call it.
 */
import { queryAllByRole } from '@testing-library/dom';
import { computeAccessibleDescription, computeAccessibleName } from 'dom-accessibility-api';
import { focusedElementText, holdTimers, markRequests, pageProblems, prototypeIsClean, sentRequests, storedText } from '../flows/inPage';
import type { WireExpectation, WireTarget, WireText } from './wire';

const normalize = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const toRegExp = (match: WireText) => (typeof match === 'string' ? undefined : new RegExp(match.source, match.flags));

/** Whole-text match: a string equals the normalized text; a RegExp is tested against it. */
function matches(value: string, match: WireText): boolean {
  const pattern = toRegExp(match);
  return pattern ? pattern.test(value) : value === match;
}

/** Part-of-text match: a string is contained in it; a RegExp is tested against it. */
function contains(value: string, match: WireText): boolean {
  const pattern = toRegExp(match);
  return pattern ? pattern.test(value) : value.includes(match as string);
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);
const LABELLED = 'input, textarea, select, button, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="combobox"]';

/** The innermost elements under `scope` whose text matches (an ancestor is left out when a child matches too). */
function byText(scope: Element, match: WireText): Element[] {
  const hit = (element: Element) => !SKIPPED.has(element.tagName) && matches(normalize(element.textContent), match);
  return [...scope.querySelectorAll('*')].filter((element) => hit(element) && ![...element.children].some(hit));
}

function find(target: WireTarget): Element[] {
  const scopes: Element[] = target.within ? find(target.within) : [document.body];
  let found = scopes.flatMap((scope): Element[] => {
    if (target.role !== undefined) {
      const name = target.name;
      return queryAllByRole(scope as HTMLElement, target.role, {
        hidden: false,
        ...(name === undefined ? {} : { name: (accessibleName: string) => matches(normalize(accessibleName), name) }),
        ...(target.level === undefined ? {} : { level: target.level }),
      });
    }
    if (target.label !== undefined) {
      const label = target.label;
      return [...scope.querySelectorAll(LABELLED)].filter((element) => matches(normalize(computeAccessibleName(element)), label));
    }
    if (target.testId !== undefined) return [...scope.querySelectorAll(`[data-testid="${CSS.escape(target.testId)}"]`)];
    if (target.text !== undefined) return byText(scope, target.text);
    // Without `within`, a selector reaches the whole document (`html` too), as Playwright's does.
    return [...(target.within ? scope : document).querySelectorAll(target.css ?? '*')];
  });
  found = [...new Set(found)];
  if (target.hasText !== undefined) {
    const part = target.hasText;
    found = found.filter((element) => contains(normalize(element.textContent), part));
  }
  return target.first ? found.slice(0, 1) : found;
}

function isVisible(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
}

/** How an element looks in a failure message. */
function describe(element: Element | null): string {
  if (!element) return 'nothing';
  const name = element instanceof HTMLElement ? normalize(computeAccessibleName(element)) : '';
  return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> "${(name || normalize(element.textContent)).slice(0, 80)}"`;
}

/** Whether the expectation holds now, and what the page shows instead (for the failure message). */
function check(target: WireTarget, is: WireExpectation): { ok: boolean; actual: string } {
  const found = find(target);
  if (is.count !== undefined) return { ok: found.length === is.count, actual: `${found.length} element(s)` };
  if (is.countAtMost !== undefined) return { ok: found.length <= is.countAtMost, actual: `${found.length} element(s)` };
  if (is.textList !== undefined) {
    const texts = found.map((element) => normalize(element.textContent));
    const list = is.textList;
    return { ok: texts.length === list.length && texts.every((value, index) => matches(value, list[index] as WireText)), actual: JSON.stringify(texts) };
  }
  if (found.length !== 1) return { ok: false, actual: `${found.length} elements: ${found.slice(0, 3).map(describe).join(', ')}` };
  const element = found[0] as HTMLElement;
  if (is.visible) return { ok: isVisible(element), actual: `${describe(element)}, ${isVisible(element) ? 'visible' : 'not visible'}` };
  if (is.focused) return { ok: document.activeElement === element, actual: `focus on ${describe(document.activeElement)}` };
  const text = normalize(element.textContent);
  if (is.text !== undefined) return { ok: matches(text, is.text), actual: JSON.stringify(text) };
  if (is.containsText !== undefined) return { ok: contains(text, is.containsText), actual: JSON.stringify(text) };
  if (is.value !== undefined) {
    const value = (element as HTMLInputElement).value;
    return { ok: value === is.value, actual: JSON.stringify(value) };
  }
  if (is.attribute !== undefined) {
    const value = element.getAttribute(is.attribute);
    return { ok: value === is.equals, actual: `${is.attribute}=${JSON.stringify(value)}` };
  }
  const description = normalize(computeAccessibleDescription(element));
  return { ok: is.description !== undefined && matches(description, is.description), actual: JSON.stringify(description) };
}

/** The one element an action targets, when exactly one is found and visible; else why not. */
function single(target: WireTarget): Element | string {
  const found = find(target);
  if (found.length !== 1) return `${found.length} elements: ${found.slice(0, 3).map(describe).join(', ')}`;
  const element = found[0] as Element;
  if (!isVisible(element)) return `${describe(element)} is not visible`;
  element.scrollIntoView({ block: 'center', inline: 'center' });
  return element;
}

/** Errors the page met since the probe came (WebKit's WebDriver reports no console). */
const errors: string[] = [];
window.addEventListener('error', (event) => errors.push(`uncaught: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => errors.push(`uncaught: ${String(event.reason)}`));
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  errors.push(`console.error: ${args.map(String).join(' ')}`);
  consoleError(...args);
};

let axeResult: unknown;

const probe = {
  check,
  single,
  count: (target: WireTarget) => find(target).length,
  focus: (target: WireTarget) => {
    const element = single(target);
    if (typeof element === 'string') return element;
    (element as HTMLElement).focus();
    return document.activeElement === element ? '' : `${describe(element)} did not take focus`;
  },
  select: (target: WireTarget, value: string) => {
    const element = single(target);
    if (!(element instanceof HTMLSelectElement)) return typeof element === 'string' ? element : `${describe(element)} is not a <select>`;
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
    element.dispatchEvent(new Event('change', { bubbles: true }));
    return element.value === value ? '' : `no option ${value}`;
  },
  /** Starts axe-core (injected beforehand as `window.axe`); `axeDone` returns its violations once it ends. */
  axeStart: () => {
    axeResult = undefined;
    (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<unknown> } }).axe
      .run(document, { resultTypes: ['violations'] })
      .then((results) => (axeResult = results), (error: unknown) => (axeResult = { error: String(error) }));
  },
  axeDone: () => axeResult,
  errors: () => errors.splice(0),
  focusedElementText,
  holdTimers,
  prototypeIsClean,
  pageProblems,
  storedText,
  markRequests,
  sentRequests,
};

export type Probe = typeof probe;
(window as unknown as { __flowProbe: Probe }).__flowProbe = probe;
