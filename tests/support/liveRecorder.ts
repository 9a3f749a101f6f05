/**
 * Records what live regions say, the way a screen reader hears them, into
 * `window.__xmLiveLog`: one entry per live region per DOM update batch.
 *
 * - Text entering a live region (`aria-live`, or the roles `alert`, `status`, `log`):
 *   the whole region for atomic regions (`alert`, `status`, `aria-atomic="true"`), the
 *   added text otherwise. `aria-live="off"` inside a region (a countdown's number) and
 *   `aria-hidden` parts are silent.
 * - An element with `role="alert"` inserted with its text (screen readers announce
 *   those on insertion, even outside an existing region).
 *
 * Self-contained (no imports, no outer variables): Playwright serialises it into the page
 * with `page.addInitScript(installLiveRecorder)`; jsdom tests call it directly.
 */
export function installLiveRecorder(): void {
  interface Entry {
    politeness: 'assertive' | 'polite';
    /** `region`: text entering a live region; `inserted`: an alert that arrived with its text. */
    kind: 'region' | 'inserted';
    text: string;
    at: number;
  }
  const target = window as unknown as { __xmLiveLog?: Entry[] };
  if (target.__xmLiveLog) return;
  const log: Entry[] = [];
  target.__xmLiveLog = log;

  const ROLE_POLITENESS: Record<string, 'assertive' | 'polite'> = { alert: 'assertive', status: 'polite', log: 'polite' };
  const ATOMIC_ROLES = new Set(['alert', 'status']);

  const silent = (element: Element): boolean => element.closest('[aria-hidden="true"], [hidden]') !== null;
  const spoken = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      return parent && silent(parent) ? '' : (node.textContent ?? '');
    }
    if (!(node instanceof Element) || silent(node)) return '';
    const clone = node.cloneNode(true) as Element;
    clone.querySelectorAll('[aria-hidden="true"], [hidden], [aria-live="off"]').forEach((hidden) => hidden.remove());
    // Text of separate elements is separate words ("Title" "Advice"), as a reader says it.
    const words: string[] = [];
    const walker = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) words.push(text.textContent ?? '');
    return words.join(' ');
  };
  const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

  /** The nearest live region around `element`, or null (also for `aria-live="off"`). */
  const regionOf = (element: Element | null): { region: Element; politeness: Entry['politeness']; atomic: boolean } | null => {
    for (let node = element; node; node = node.parentElement) {
      const live = node.getAttribute('aria-live');
      const role = node.getAttribute('role') ?? '';
      if (live === 'off') return null;
      if (live === 'polite' || live === 'assertive' || role in ROLE_POLITENESS) {
        const politeness = live === 'polite' || live === 'assertive' ? live : (ROLE_POLITENESS[role] ?? 'polite');
        const atomicAttribute = node.getAttribute('aria-atomic');
        const atomic = atomicAttribute === null ? ATOMIC_ROLES.has(role) : atomicAttribute === 'true';
        return { region: node, politeness, atomic };
      }
    }
    return null;
  };

  const observer = new MutationObserver((mutations) => {
    const batch = new Map<Element, { politeness: Entry['politeness']; atomic: boolean; kind: Entry['kind']; parts: string[] }>();
    const add = (found: NonNullable<ReturnType<typeof regionOf>>, part: string, kind: Entry['kind'] = 'region') => {
      const entry = batch.get(found.region) ?? { politeness: found.politeness, atomic: found.atomic, kind, parts: [] };
      entry.parts.push(part);
      batch.set(found.region, entry);
    };
    for (const mutation of mutations) {
      const parent = mutation.target instanceof Element ? mutation.target : mutation.target.parentElement;
      const found = regionOf(parent);
      if (mutation.type === 'characterData') {
        if (found) add(found, spoken(mutation.target));
        continue;
      }
      for (const node of mutation.addedNodes) {
        if (found) {
          add(found, spoken(node));
        } else if (node instanceof Element) {
          // Alerts inserted with their text are announced on insertion.
          const alerts = node.matches('[role="alert"]') ? [node] : [...node.querySelectorAll('[role="alert"]')];
          for (const alert of alerts) {
            if (!regionOf(alert.parentElement)) add({ region: alert, politeness: 'assertive', atomic: true }, spoken(alert), 'inserted');
          }
        }
      }
    }
    for (const [region, entry] of batch) {
      if (!region.isConnected) continue;
      const text = tidy(entry.atomic ? spoken(region) : entry.parts.join(' '));
      if (text) log.push({ politeness: entry.politeness, kind: entry.kind, text, at: Date.now() });
    }
  });
  const start = () => observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start);
}

/** One entry of `window.__xmLiveLog`. */
export interface LiveEntry {
  politeness: 'assertive' | 'polite';
  kind: 'region' | 'inserted';
  text: string;
  at: number;
}

/** The entries recorded so far in this window (jsdom). */
export function liveLog(): LiveEntry[] {
  return (window as unknown as { __xmLiveLog?: LiveEntry[] }).__xmLiveLog ?? [];
}

/** Forgets what was recorded (between the steps of a test). */
export function clearLiveLog(): void {
  liveLog().length = 0;
}

/** The entries that mention `cause`. */
export function announcementsOf(entries: readonly LiveEntry[], cause: RegExp): LiveEntry[] {
  return entries.filter((entry) => cause.test(entry.text));
}
