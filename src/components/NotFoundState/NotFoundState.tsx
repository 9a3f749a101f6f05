'use client';

import { cleanText } from '../../core/text';
import { useMessages, type XModeMessages } from '../../react';
import { formatMessage } from '../../react/messages';
import { StatePanel, type StateLayoutProps } from '../StatePanel';

/** Longest resource id shown, in characters (an email address fits; a pasted essay does not). */
const MAX_ID_LENGTH = 200;

/**
 * What the host asked for: a generation, an image, an end-user (by email). `request` is
 * the former name of `generation` and reads the same.
 */
export interface MissingResource {
  kind: 'generation' | 'request' | 'image' | 'endUser';
  id: string;
}

/** Props of `<NotFoundState>`. */
export interface NotFoundStateProps extends StateLayoutProps {
  /** What was asked for; the heading names it ("We couldn't find end-user ana@example.com"). */
  resource?: MissingResource;
  /** The `not_found` error, when there is one: its server message is shown as text. */
  error?: unknown;
  /** Move focus to the heading on mount. Default true (it replaces the resource); pass false inside a list. */
  focusHeading?: boolean;
  /** Prefix the page title with "Error: " while shown (a page that is only this resource). Default false. */
  prefixDocumentTitle?: boolean;
}

const TITLE_KEYS = {
  generation: 'notFoundGeneration',
  request: 'notFoundGeneration',
  image: 'notFoundImage',
  endUser: 'notFoundEndUser',
} as const satisfies Record<MissingResource['kind'], keyof XModeMessages['components']>;

/**
 * `not_found`, inline in place of the missing resource. Names what was missing when the
 * host says what it asked for (ids are host data, rendered as text and capped), says it
 * may be deleted or belong to another account, and shows the server's message as text.
 * Takes focus to its heading by default; the body is announced once.
 *
 * @example
 * <NotFoundState resource={{ kind: 'endUser', id: email }} error={query.error} />
 */
export function NotFoundState(props: NotFoundStateProps) {
  const { resource, error, focusHeading = true, prefixDocumentTitle = false, ...layout } = props;
  const messages = useMessages();
  const id = resource ? cleanText(resource.id, MAX_ID_LENGTH) : undefined;
  const title =
    resource && id ? formatMessage(messages.components[TITLE_KEYS[resource.kind]], { id }) : undefined;
  return (
    <StatePanel
      {...layout}
      code="not_found"
      title={title}
      tone="warning"
      error={error}
      focusHeading={focusHeading}
      prefixDocumentTitle={prefixDocumentTitle}
    />
  );
}
