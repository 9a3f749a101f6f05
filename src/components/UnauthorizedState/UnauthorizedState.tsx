'use client';

import { useMessages } from '../../react';
import { formatMessage } from '../../react/messages';
import { useErrorCopy } from '../../react/useErrorCopy';
import { StatePanel, type StateLayoutProps } from '../StatePanel';
import { DashboardLink } from '../primitives';

/** How many trailing characters of a key may be shown. */
const SHOWN_KEY_CHARACTERS = 4;

/** Props of `<UnauthorizedState>`. */
export interface UnauthorizedStateProps extends StateLayoutProps {
  /** The dashboard's API keys page. */
  apiKeysHref?: string;
  /** Last 4 characters of the key that was used, to tell keys apart ("Key ending in 1234"). Anything longer is cut to 4. */
  keyLast4?: string;
  /** Move focus to the heading when shown. Default true (it replaces content). */
  focusHeading?: boolean;
  /** Prefix the page title with "Error: " while shown. Default true. */
  prefixDocumentTitle?: boolean;
}

/**
 * `unauthorized`: the API key is missing or revoked. Guides to the API keys page; never
 * shows the key, at most its last 4 characters when the host passes them. Distinct from
 * a blocked account. No retry: call `useAccountActions().clearUnauthorized()` once a new
 * key is saved.
 *
 * @example
 * <UnauthorizedState apiKeysHref="/settings/api-keys" keyLast4={key.last4} />
 */
export function UnauthorizedState(props: UnauthorizedStateProps) {
  const { apiKeysHref, keyLast4, focusHeading = true, prefixDocumentTitle = true, ...layout } = props;
  const { components } = useMessages();
  const copy = useErrorCopy('unauthorized');
  // A host that passes the whole key by mistake still shows only its end.
  const last4 = keyLast4?.trim().slice(-SHOWN_KEY_CHARACTERS);
  return (
    <StatePanel
      {...layout}
      title={copy.title}
      tone="danger"
      announce="alert"
      focusHeading={focusHeading}
      prefixDocumentTitle={prefixDocumentTitle}
      actions={
        apiKeysHref ? (
          <DashboardLink className="xm-button" href={apiKeysHref}>
            {components.apiKeysLink}
          </DashboardLink>
        ) : null
      }
    >
      <p>{copy.description}</p>
      {last4 ? <p className="xm-state__detail">{formatMessage(components.keyEnding, { last4 })}</p> : null}
    </StatePanel>
  );
}
