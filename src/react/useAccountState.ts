'use client';

import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { XModeClient } from '../core';
import type { AccountState } from './accountStore';
import { useXModeContext } from './context';

/**
 * Reads the account state. Pass a selector to re-render only when that slice changes:
 * `useAccountState((s) => s.blocked)`. Without one, the whole state is returned and the
 * component re-renders on any change. Selectors must return a primitive or a stable value.
 */
export function useAccountState(): AccountState;
export function useAccountState<T>(selector: (state: AccountState) => T): T;
export function useAccountState<T>(selector?: (state: AccountState) => T): T | AccountState {
  const { account } = useXModeContext().runtime;
  const read = useCallback(() => (selector ? selector(account.getState()) : account.getState()), [account, selector]);
  return useSyncExternalStore(account.subscribe, read, read);
}

/** Actions on the account state: after a top-up, after a new key was saved. */
export function useAccountActions() {
  const { account } = useXModeContext().runtime;
  return useMemo(
    () => ({
      clearPaymentRequired: () => account.setState({ paymentRequired: false }),
      clearUnauthorized: () => account.setState({ unauthorized: false }),
      clearBlocked: () => account.setState({ blocked: false }),
      /** Hides the top-up banner until `paymentRequired` clears (a later 402 shows it again). */
      dismissTopUp: () => account.setState({ topUpDismissed: account.getState().paymentRequired }),
    }),
    [account],
  );
}

/**
 * The provider's API client (given as `api`, built from `baseUrl`, or the one its `client`
 * was built with): call the xMode API through the windows the UI shows.
 *
 * @example
 * const xmode = useXModeClient();
 * useQuery({ queryKey: ['balance'], queryFn: ({ signal }) => xmode.get('/v1/balance', { signal }) });
 */
export function useXModeClient(): XModeClient {
  const { api } = useXModeContext().runtime;
  if (!api) {
    throw new Error('xmode-error-ui: useXModeClient() needs an API client: give <XModeErrorProvider> `baseUrl` or `api`, or a `client` built with one.');
  }
  return api;
}
