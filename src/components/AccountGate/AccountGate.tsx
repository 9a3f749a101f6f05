'use client';

import type { ReactNode } from 'react';
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
 * Wraps the features that call `/v1/*`. While the account is blocked it renders
 * `BlockedAccountScreen` instead of them; while the key is missing or revoked,
 * `UnauthorizedState`. Blocked wins over unauthorized (a new key would not help). The
 * children are unmounted meanwhile, so their queries stop, and mount again when the
 * state clears (`useAccountActions().clearBlocked()` / `clearUnauthorized()`).
 *
 * @example
 * <AccountGate apiKeysHref="/api-keys" settingsHref="/settings"><Generations /></AccountGate>
 */
export function AccountGate({ children, billingHref, settingsHref, supportUrl, apiKeysHref, keyLast4, ...layout }: AccountGateProps) {
  const blocked = useAccountState((state) => state.blocked);
  const unauthorized = useAccountState((state) => state.unauthorized);
  if (blocked) {
    return <BlockedAccountScreen {...layout} billingHref={billingHref} settingsHref={settingsHref} supportUrl={supportUrl} />;
  }
  if (unauthorized) return <UnauthorizedState {...layout} apiKeysHref={apiKeysHref} keyLast4={keyLast4} />;
  return <>{children}</>;
}
