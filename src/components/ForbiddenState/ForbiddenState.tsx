import { isXModeError } from '../../core';
import { useClaim, useMessages } from '../../react';
import { ServerDetail, StatePanel, type StateLayoutProps } from '../StatePanel';

/** Props of `<ForbiddenState>`. */
export interface ForbiddenStateProps extends StateLayoutProps {
  /** The `forbidden` error, when there is one: its server message is shown as text. */
  error?: unknown;
  /** Move focus to the heading on mount (when it replaces a whole page). Default false. */
  focusHeading?: boolean;
}

/**
 * `forbidden`, inline in place of the resource the key may not read: a plain heading,
 * what to do, and the server's message as text. Announced once (`role="alert"`). No
 * retry: the same key would be refused again.
 *
 * @example
 * if (query.error?.code === 'forbidden') return <ForbiddenState error={query.error} headingLevel={3} />;
 */
export function ForbiddenState({ error, focusHeading = false, ...layout }: ForbiddenStateProps) {
  useClaim(isXModeError(error) ? error : null, 'page');
  const { errors } = useMessages();
  return (
    <StatePanel {...layout} title={errors.forbidden.title} tone="danger" announce="alert" focusHeading={focusHeading}>
      <p>{errors.forbidden.description}</p>
      <ServerDetail error={error} />
    </StatePanel>
  );
}
