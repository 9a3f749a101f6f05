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
