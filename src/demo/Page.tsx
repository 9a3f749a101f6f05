import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { navigationCount } from './router';

/** Suffix of every page title. */
const APP_TITLE = 'xMode dashboard (demo)';

export interface PageProps {
  /** The page's h1 and the start of `document.title`. */
  title: string;
  children?: ReactNode;
}

/** A page of the demo: its title, its h1 (focused after client-side navigation), its content. */
export function Page({ title, children }: PageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Layout effect: runs before the children's effects, so an error state's "Error: "
  // prefix (added in an effect) lands on this title instead of being overwritten.
  useLayoutEffect(() => {
    document.title = `${title} · ${APP_TITLE}`;
  }, [title]);
  // The first page of a visit keeps focus where the browser put it. After a client-side
  // navigation focus moves to the new h1 (a screen reader hears the new page), unless
  // something in the page took it already (a blocked-account screen's heading).
  useEffect(() => {
    const heading = headingRef.current;
    if (navigationCount() === 0 || !heading) return;
    const main = heading.closest('main');
    if (!main?.contains(document.activeElement)) heading.focus();
  }, []);
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1} className="demo-page-title">
        {title}
      </h1>
      {children}
    </>
  );
}
