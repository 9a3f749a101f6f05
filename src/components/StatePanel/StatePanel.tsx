'use client';

import type { ReactNode } from 'react';
import { useMessages } from '../../react';
import { LiveRegion } from '../LiveRegion';
import { DEFAULT_HEADING_LEVEL, Heading, classNames, useDocumentTitlePrefix, useFocusHandoff, useFocusOnMount, type HeadingLevel } from '../primitives';

/** Options every heading-led state shares. */
export interface StateLayoutProps {
  /** Level of the state's heading. Default 2. */
  headingLevel?: HeadingLevel;
  /** Extra class on the state's root, for the host's layout. */
  className?: string;
}

/** Props of the internal `StatePanel` every state is drawn with. */
export interface StatePanelProps extends StateLayoutProps {
  title: ReactNode;
  /** Colour family: `danger` for errors, `warning` for things the user can fix, `info` for progress. */
  tone: 'danger' | 'warning' | 'info';
  /**
   * `alert`: announced once when the state appears (blocking errors); `status`: a polite
   * live region; `none`: the host's focus handling or context is enough.
   */
  announce: 'alert' | 'status' | 'none';
  /** Move focus to the heading on mount (a state that replaces content). */
  focusHeading?: boolean;
  /** Prefix `document.title` with "Error: " while shown (a whole-page error). */
  prefixDocumentTitle?: boolean;
  /** What happened and what to do. */
  children?: ReactNode;
  /** Reference details (request id, time) shown after the body, outside the live region. */
  details?: ReactNode;
  /** Buttons and links; kept out of the live region. */
  actions?: ReactNode;
}

/**
 * The layout of every heading-led error state: heading, body, actions. Internal (not
 * exported from the package): hosts compose the named states, not this.
 *
 * When the heading takes focus, the screen reader reads it from there, so only the body
 * is in the live region; otherwise the heading is announced with the body. The region
 * exists before its content (`LiveRegion`), so the announcement happens once, also in
 * screen readers that ignore regions inserted with their text. When an action replaces
 * the state (Retry), focus moves on to the heading of what took its place (`useFocusHandoff`).
 */
export function StatePanel(props: StatePanelProps) {
  const { title, tone, announce, focusHeading = false, prefixDocumentTitle = false, headingLevel, className, children, details, actions } = props;
  const messages = useMessages();
  const headingRef = useFocusOnMount<HTMLHeadingElement>(focusHeading);
  const rootRef = useFocusHandoff<HTMLDivElement>();
  useDocumentTitlePrefix(`${messages.ui.errorPrefix} `, prefixDocumentTitle);

  const live = (content: ReactNode) =>
    announce === 'none' ? <div>{content}</div> : <LiveRegion role={announce}>{content}</LiveRegion>;
  const heading = (
    <Heading
      level={headingLevel ?? DEFAULT_HEADING_LEVEL}
      ref={headingRef}
      tabIndex={focusHeading ? -1 : undefined}
      className="xm-state__title"
    >
      {title}
    </Heading>
  );
  const body = children ? <div className="xm-state__body">{children}</div> : null;
  return (
    <div ref={rootRef} className={classNames('xm-state', `xm-state--${tone}`, className)}>
      {focusHeading ? (
        <>
          {heading}
          {live(body)}
        </>
      ) : (
        live(
          <>
            {heading}
            {body}
          </>,
        )
      )}
      {details ? <div className="xm-state__details">{details}</div> : null}
      {actions ? <div className="xm-state__actions">{actions}</div> : null}
    </div>
  );
}
