import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

// A tiny history-API router: the demo has six routes, not worth a dependency.
const listeners = new Set<() => void>();
let navigations = 0;

const notify = () => {
  navigations += 1;
  listeners.forEach((listener) => listener());
};
window.addEventListener('popstate', notify);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Client-side navigations so far (0 on the page the visit started on). */
export function navigationCount(): number {
  return navigations;
}

export interface NavigateOptions {
  replace?: boolean;
  /** Kept in `history.state` for the next page (e.g. a form to pre-fill). */
  state?: unknown;
}

/** Moves to `to` (a path with an optional query) without reloading, and re-renders the routes. */
export function navigate(to: string, options: NavigateOptions = {}): void {
  const method = options.replace ? 'replaceState' : 'pushState';
  window.history[method](options.state ?? null, '', to);
  window.scrollTo(0, 0);
  notify();
}

/** The current pathname; re-renders on `navigate` and on back/forward. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname, () => '/');
}

/** Params of `pattern` (`/generations/:id`) in `pathname`, or null when it does not match. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    const actual = have[index] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = safeDecode(actual);
    else if (part !== actual) return null;
  }
  return params;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  to: string;
}

/** An `<a>` that navigates client-side on a plain left click (new tab etc. still work). */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handleClick} {...rest} />;
}
