'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import type { XModeError } from '../../core';
import { useAccountState } from '../../react';
import { BlockedAccountScreen } from '../BlockedAccountScreen';
import type { StateLayoutProps } from '../StatePanel';
import { UnauthorizedState } from '../UnauthorizedState';

/** Props of `<AccountGate>`. */
export interface AccountGateProps extends StateLayoutProps {
  /** The features that call `/v1/*`. */
  children?: ReactNode;
  /** Billing route for the blocked screen. Default: the provider's `topUpHref`. */
  billingHref?: string;
  /** Settings route for the blocked screen. */
  settingsHref?: string;
  /** Support link for the blocked screen. Default: the provider's `supportUrl`. */
  supportUrl?: string;
  /** API keys page for the unauthorized state. */
  apiKeysHref?: string;
  /** Last 4 characters of the current key, shown by the unauthorized state. */
  keyLast4?: string;
}

/**
 * Wraps the features that call `/v1/*`. While the account is blocked it shows
 * `BlockedAccountScreen` in their place; while the key is missing or revoked,
 * `UnauthorizedState` (whose "Check again" sends one request: a success lifts the gate).
 * Blocked wins over unauthorized (a new key would not help).
 *
 * An account change never destroys what the user typed: features that were on screen stay
 * mounted meanwhile, hidden and `inert` (their state and form values kept; their queries
 * too, so a success proves the key again), and show again as they were when the state
 * clears (a success, `useAccountActions().clearBlocked()` / `clearUnauthorized()`, another
 * tab), their queries that failed for the account asked again; focus, if it was on the
 * screen, moves to the heading before the gate. Features
 * never shown are not mounted while the gate is closed: they would send requests the
 * account can't make.
 *
 * Its children sit in one `<div class="xm-gate">` (`display: contents` while open).
 *
 * @example
 * <AccountGate apiKeysHref="/api-keys" settingsHref="/settings"><Generations /></AccountGate>
 */
export function AccountGate({ children, billingHref, settingsHref, supportUrl, apiKeysHref, keyLast4, ...layout }: AccountGateProps) {
  const blocked = useAccountState((state) => state.blocked);
  const unauthorized = useAccountState((state) => state.unauthorized);
  const gated = blocked || unauthorized;
  const [shown, setShown] = useState(!gated);
  if (!gated && !shown) setShown(true);
  const client = useQueryClient();
  // Open (again): what failed for the account in the kept features is asked again.
  useEffect(() => {
    if (gated) return;
    const failed = (error: unknown) => ['unauthorized', 'account_blocked'].includes((error as XModeError | null)?.code ?? '');
    void client.refetchQueries({ type: 'active', predicate: (query) => failed(query.state.error) }, { cancelRefetch: false });
  }, [gated, client]);
  return (
    <>
      {blocked ? (
        <BlockedAccountScreen {...layout} billingHref={billingHref} settingsHref={settingsHref} supportUrl={supportUrl} />
      ) : unauthorized ? (
        <UnauthorizedState {...layout} apiKeysHref={apiKeysHref} keyLast4={keyLast4} />
      ) : null}
      {/* `inert` as an attribute: React 18 has no such prop. */}
      <div ref={(element) => void element?.toggleAttribute('inert', gated)} className="xm-gate" hidden={gated}>
        {shown ? children : null}
      </div>
    </>
  );
}
