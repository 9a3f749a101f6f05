'use client';

import { useMessages } from '../../react';
import { StatePanel, type StateLayoutProps } from '../StatePanel';
import { DashboardLink } from '../primitives';

/** Props of `<ForbiddenState>`. */
export interface ForbiddenStateProps extends StateLayoutProps {
  /** The `forbidden` error, when there is one: its server message is shown as text. */
  error?: unknown;
  /** Move focus to the heading on mount (when it replaces a whole page). Default false. */
  focusHeading?: boolean;
  /** The dashboard's API keys page: the next step ("Go to API keys"), where another key can be chosen. */
  apiKeysHref?: string;
}

/**
 * `forbidden`, inline in place of the resource the key may not read: a plain heading,
 * the next step (ask an admin, or use another key: "Go to API keys" with `apiKeysHref`),
 * and the server's message as text. Announced once (`role="alert"`). No
 * retry: the same key would be refused again.
 *
 * @example
 * if (query.error?.code === 'forbidden') return <ForbiddenState error={query.error} headingLevel={3} />;
 */
export function ForbiddenState({ error, focusHeading = false, apiKeysHref, ...layout }: ForbiddenStateProps) {
  const { components } = useMessages();
  return (
    <StatePanel
      {...layout}
      code="forbidden"
      tone="danger"
      error={error}
      focusHeading={focusHeading}
      actions={
        apiKeysHref ? (
          <DashboardLink className="xm-button xm-button--secondary" href={apiKeysHref}>
            {components.apiKeysLink}
          </DashboardLink>
        ) : null
      }
    />
  );
}
