/**
 * Functions the flows' interpreters run inside the page (Playwright's `page.evaluate`,
 * the Firefox/WebKit probe). Each is self-contained — no imports, no outer names — so a
 * driver can send it as source. Types only describe the results.
 */

/** One `/v1` request the page sent: its path and when (epoch ms), and when its answer ended. */
export interface SentRequest {
  path: string;
  status: number;
  sentAt: number;
  answeredAt: number;
}

/** What `tabTo` compares: the focused element's aria-label, text and id. */
export function focusedElementText(): string {
  const element = document.activeElement as HTMLElement | null;
  return `${element?.getAttribute('aria-label') ?? ''} ${element?.textContent ?? ''} ${element?.id ?? ''}`.trim();
}

/**
 * From now on, `setTimeout` and `setInterval` calls of `fromMs` or longer never fire
 * (shorter ones, which React and the query client use to batch work, still do). The page
 * stays where it is instead of racing its own poll.
 */
export function holdTimers(fromMs: number): void {
  const held = window as unknown as { __flowTimersHeld?: boolean };
  if (held.__flowTimersHeld) return;
  held.__flowTimersHeld = true;
  const realSetTimeout = window.setTimeout.bind(window);
  const realSetInterval = window.setInterval.bind(window);
  let nextId = 2 ** 30;
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) =>
    (delay ?? 0) >= fromMs ? (nextId += 1) : realSetTimeout(handler, delay, ...args)) as typeof window.setTimeout;
  window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) =>
    (delay ?? 0) >= fromMs ? (nextId += 1) : realSetInterval(handler, delay, ...args)) as typeof window.setInterval;
}

/**
 * What is wrong with the page as a whole for one `PageCheck` of tests/flows/flow.ts (its
 * shape repeated here: this function travels as source); an empty list when it holds.
 */
export function pageProblems(check: Record<string, unknown>): string[] {
  const name = (element: Element) => `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}>`;
  const visible = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  };
  const problems: string[] = [];
  if ('clearOf' in check) {
    const { css, of, focused } = check.clearOf as { css: string; of: string[]; focused?: boolean };
    const subjects = [...document.querySelectorAll(css)].filter(visible);
    const others = of.flatMap((selector) => [...document.querySelectorAll(selector)]).filter(visible);
    const active = document.activeElement;
    if (focused && active && active !== document.body && !subjects.some((subject) => subject.contains(active))) others.push(active);
    for (const subject of subjects) {
      const a = subject.getBoundingClientRect();
      for (const other of others) {
        const b = other.getBoundingClientRect();
        const overlaps = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        if (overlaps) problems.push(`${name(subject)} (${Math.round(a.top)}–${Math.round(a.bottom)}) covers ${name(other)} (${Math.round(b.top)}–${Math.round(b.bottom)})`);
      }
    }
  } else if ('noHorizontalOverflow' in check) {
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      const wide = [...document.body.querySelectorAll('*')].filter((element) => {
        const box = element.getBoundingClientRect();
        return box.right > root.clientWidth + 1 || box.left < -1;
      });
      problems.push(`the page is ${root.scrollWidth} px wide in a ${root.clientWidth} px viewport: ${wide.slice(-3).map(name).join(', ')}`);
    }
  } else if ('direction' in check) {
    const { css, is } = check.direction as { css: string; is: string };
    const found = [...document.querySelectorAll(css)];
    if (found.length === 0) problems.push(`nothing matches ${css}`);
    for (const element of found) if (getComputedStyle(element).direction !== is) problems.push(`${name(element)} is ${getComputedStyle(element).direction}`);
  } else if ('visibleText' in check) {
    // What a sighted user sees: text in boxes larger than the 1 px of a visually hidden
    // live region, not hidden, each element's own text once.
    const { source, flags, atMost, within } = check.visibleText as { source: string; flags: string; atMost: number; within?: string };
    const seen: string[] = [];
    for (const root of within ? document.querySelectorAll(within) : [document.body]) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !(node.textContent ?? '').trim()) continue;
        const box = parent.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1 || parent.closest('[hidden], script, style') || getComputedStyle(parent).visibility === 'hidden') continue;
        seen.push(node.textContent ?? '');
      }
    }
    const found = seen.join(' ').replace(/\s+/g, ' ').match(new RegExp(source, flags.includes('g') ? flags : `${flags}g`)) ?? [];
    if (found.length > atMost) problems.push(`/${source}/ is on screen ${found.length} times: ${JSON.stringify(found)}`);
  } else if ('targetSize' in check) {
    const { css, atLeast } = check.targetSize as { css: string; atLeast: number };
    const found = [...document.querySelectorAll(css)].filter(visible);
    if (found.length === 0) problems.push(`nothing visible matches ${css}`);
    for (const element of found) {
      const box = element.getBoundingClientRect();
      if (box.width < atLeast || box.height < atLeast) problems.push(`${name(element)} is ${Math.round(box.width)} × ${Math.round(box.height)} px`);
    }
  }
  return problems;
}

/** True when `Object.prototype` gained no `polluted` key. */
export function prototypeIsClean(): boolean {
  return (Object.prototype as Record<string, unknown>).polluted === undefined;
}

/** Everything localStorage and sessionStorage hold, as one string. */
export function storedText(): string {
  return JSON.stringify({ ...localStorage, ...sessionStorage });
}

/** Starts counting the page's requests from now: `sentRequests` reports later ones only. */
export function markRequests(): void {
  (window as unknown as { __flowRequestMark?: number }).__flowRequestMark = performance.now();
}

/**
 * The `/v1` requests the page sent since `markRequests` (all, without a mark) that have
 * been answered or failed, from Resource Timing: a held request is not sent, so it has
 * no entry until it goes. Times are epoch ms on the page's clock.
 */
export function sentRequests(): SentRequest[] {
  const mark = (window as unknown as { __flowRequestMark?: number }).__flowRequestMark ?? 0;
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => entry.startTime >= mark && new URL(entry.name).pathname.startsWith('/v1/'))
    .map((entry) => ({
      path: new URL(entry.name).pathname,
      status: (entry as PerformanceResourceTiming & { responseStatus?: number }).responseStatus ?? 0,
      sentAt: Math.round(performance.timeOrigin + entry.startTime),
      answeredAt: Math.round(performance.timeOrigin + entry.responseEnd),
    }));
}
