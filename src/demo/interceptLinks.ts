import { navigate } from './router';

/**
 * Makes every same-origin `<a href>` of the app navigate client-side, including the
 * links the module's components render as plain anchors ("Go to billing", "Top up").
 * A full reload would restart the in-memory mock and drop the key kept in memory.
 * Returns the remover.
 */
export function interceptLinks(root: HTMLElement | Document = document): () => void {
  const onClick = (event: Event) => {
    if (!(event instanceof MouseEvent) || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(anchor instanceof HTMLAnchorElement) || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin) return;
    // In-page anchors (the skip link) keep the browser's own scrolling and focus.
    if (url.hash && url.pathname === window.location.pathname && url.search === window.location.search) return;
    // `?scenario=` links reload on purpose: the mock is primed from the URL at start.
    if (url.searchParams.has('scenario')) return;
    event.preventDefault();
    navigate(`${url.pathname}${url.search}${url.hash}`);
  };
  root.addEventListener('click', onClick);
  return () => root.removeEventListener('click', onClick);
}
