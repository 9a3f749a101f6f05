'use client';

import { Children, useEffect, useState, type ReactNode } from 'react';

/** Props of the internal `<LiveRegion>`. */
export interface LiveRegionProps {
  /** `alert`: something that blocks the task; `status`: progress and background state. */
  role: 'alert' | 'status';
  /**
   * False when another surface states this cause (`errorCatalog[code].surfaces`): the content is
   * shown, outside the live region, and nothing is announced. Default true.
   */
  speak?: boolean;
  /** On the wrapper, which takes the place the region's content has in the layout. */
  className?: string;
  children?: ReactNode;
}

/**
 * A live region that exists before what it says (screen readers announce changes to a
 * region, not a region that arrives with its text): the first render shows the content
 * next to the still empty region, and the content moves into it once mounted, which is
 * announced once (one insertion: the content moves as one element). Later changes are
 * announced as usual. With `speak={false}` the content
 * stays outside, shown but silent, and moves in (is announced) if `speak` turns true.
 * Internal: the states use it for their one announcement.
 */
export function LiveRegion({ role, speak = true, className, children }: LiveRegionProps) {
  const [mounted, setMounted] = useState(false);
  // The second render is the point: the empty region is committed before its content arrives.
  // eslint-disable-next-line react-hooks/set-state-in-effect -- a deliberate one-time re-render after mount
  useEffect(() => setMounted(true), []);
  const inside = speak && mounted;
  const empty = Children.toArray(children).length === 0;
  return (
    <div className={className}>
      <div role={role}>
        {inside && !empty ? <div>{children}</div> : null}
      </div>
      {/* Before the move (one commit), the copy outside is hidden from assistive tech: it is about to be said. */}
      {inside || empty ? null : <div aria-hidden={speak ? true : undefined}>{children}</div>}
    </div>
  );
}
