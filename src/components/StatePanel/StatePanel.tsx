'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { toXModeError, type CatalogCode } from '../../core';
import { cleanText } from '../../core/text';
import { useMessages } from '../../react';
import { describeError, formatMessage } from '../../react/messages';
import { LiveRegion } from '../LiveRegion';
import { DEFAULT_HEADING_LEVEL, Heading, classNames, useDocumentTitlePrefix, useFocusHandoff, type HeadingLevel } from '../primitives';

/** Options every heading-led state shares. */
export interface StateLayoutProps {
  /** Level of the state's heading. Default 2. */
  headingLevel?: HeadingLevel;
  /** Extra class on the state's root, for the host's layout. */
  className?: string;
}

/** Props of the internal `StatePanel` every state is drawn with. */
export interface StatePanelProps extends StateLayoutProps {
  /** The code whose copy (`messages.errors[code]`) gives the title and the text not passed. */
  code?: CatalogCode;
  title?: ReactNode;
  /** Colour family: `danger` for errors, `warning` for things the user can fix. */
  tone: 'danger' | 'warning';
  /** Move focus to the heading on mount (a state that replaces content). */
  focusHeading?: boolean;
  /** Prefix `document.title` with "Error: " while shown (a whole-page error). */
  prefixDocumentTitle?: boolean;
  /** What happened and what to do: the body's first paragraph. Default: the `code`'s description. */
  text?: ReactNode;
  /**
   * The error whose own message follows the text ("Details from xMode: …"), as plain text
   * (cleaned and capped again here: a value that did not come through the core is bounded
   * too); nothing when the module made its message up.
   */
  error?: unknown;
  /** More of the body, after the text and the server's message. */
  children?: ReactNode;
  /** Reference details (request id, time) shown after the body, outside the live region. */
  details?: ReactNode;
  /** Buttons and links; kept out of the live region. */
  actions?: ReactNode;
}

/**
 * The layout of every heading-led error state: heading, body, actions. Internal (not
 * exported from the package): hosts compose the named states, not this. The body is an
 * alert (announced once when the state appears).
 *
 * When the heading takes focus, the screen reader reads it from there, so only the body
 * is in the live region; otherwise the heading is announced with the body. The region
 * exists before its content (`LiveRegion`), so the announcement happens once, also in
 * screen readers that ignore regions inserted with their text. When an action replaces
 * the state (Retry), focus moves on to the heading of what took its place (`useFocusHandoff`).
 */
export function StatePanel(props: StatePanelProps) {
  const { code, title, tone, focusHeading = false, prefixDocumentTitle = false, headingLevel = DEFAULT_HEADING_LEVEL, className, text, error, children, details, actions } = props;
  const messages = useMessages();
  const copy = code ? describeError(messages, { code }) : undefined;
  const said = text ?? copy?.description;
  const failed = error === null || error === undefined ? undefined : toXModeError(error);
  const detail = failed?.hasServerMessage ? cleanText(failed.message) : undefined;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A state that replaces content takes focus to its heading (WCAG 2.4.3), once it has rendered.
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [focusHeading]);
  const rootRef = useFocusHandoff<HTMLDivElement>();
  useDocumentTitlePrefix(`${messages.ui.errorPrefix} `, prefixDocumentTitle);

  const heading = (
    <Heading level={headingLevel} ref={headingRef} tabIndex={focusHeading ? -1 : undefined} className="xm-state__title">
      {title ?? copy?.title}
    </Heading>
  );
  const body = (
    <div className="xm-state__body">
      {said === undefined ? null : <p>{said}</p>}
      {detail ? <p className="xm-state__detail">{formatMessage(messages.components.serverDetail, { message: detail })}</p> : null}
      {children}
    </div>
  );
  return (
    <div ref={rootRef} className={classNames('xm-state', `xm-state--${tone}`, className)}>
      {focusHeading ? heading : null}
      <LiveRegion role="alert">
        {focusHeading ? (
          body
        ) : (
          <>
            {heading}
            {body}
          </>
        )}
      </LiveRegion>
      {details ? <div className="xm-state__details">{details}</div> : null}
      {actions ? <div className="xm-state__actions">{actions}</div> : null}
    </div>
  );
}
