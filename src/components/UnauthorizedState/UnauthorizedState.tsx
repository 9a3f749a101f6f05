'use client';

import { useState } from 'react';
import { isXModeError } from '../../core';
import { useMessages } from '../../react';
import { useXModeContext } from '../../react/context';
import { describeError, formatMessage } from '../../react/messages';
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
 * `unauthorized`: a 401 said the API key is missing or revoked. Guides to the API keys
 * page; never shows the key, at most its last 4 characters when the host passes them.
 * Distinct from a blocked account. A 401 is a belief that evidence clears: "Check again"
 * (with an API client) sends one request with the key (`GET /v1/balance`); its success,
 * like any later success of the client here or in another tab, clears the state, and a
 * refusal says so. After a new key is saved, call `useAccountActions().clearUnauthorized()`.
 *
 * @example
 * <UnauthorizedState apiKeysHref="/settings/api-keys" keyLast4={key.last4} />
 */
export function UnauthorizedState(props: UnauthorizedStateProps) {
  const { apiKeysHref, keyLast4, focusHeading = true, prefixDocumentTitle = true, ...layout } = props;
  const messages = useMessages();
  const { components } = messages;
  const { api } = useXModeContext().runtime;
  // '' (nothing to say), checking, or what the check found (a success ends this state).
  const [check, setCheck] = useState('');
  const checking = check === components.checkingKey;
  const checkAgain = () => {
    if (!api || checking) return;
    setCheck(components.checkingKey);
    api.get('/v1/balance').then(
      () => setCheck(''),
      (error: unknown) =>
        setCheck(isXModeError(error) && error.code !== 'unauthorized' ? describeError(messages, error).title : components.keyStillRefused),
    );
  };
  // A host that passes the whole key by mistake still shows only its end.
  const last4 = keyLast4?.trim().slice(-SHOWN_KEY_CHARACTERS);
  return (
    <StatePanel
      {...layout}
      code="unauthorized"
      tone="danger"
      focusHeading={focusHeading}
      prefixDocumentTitle={prefixDocumentTitle}
      details={
        api ? (
          <p role="status" className="xm-state__detail">
            {check}
          </p>
        ) : null
      }
      actions={
        <>
          {apiKeysHref ? (
            <DashboardLink className="xm-button" href={apiKeysHref}>
              {components.apiKeysLink}
            </DashboardLink>
          ) : null}
          {api ? (
            <button type="button" className="xm-button xm-button--secondary" aria-disabled={checking || undefined} onClick={checkAgain}>
              {components.checkAgain}
            </button>
          ) : null}
        </>
      }
    >
      {last4 ? <p className="xm-state__detail">{formatMessage(components.keyEnding, { last4 })}</p> : null}
    </StatePanel>
  );
}
