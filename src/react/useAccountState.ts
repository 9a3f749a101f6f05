'use client';

import { useCallback, useSyncExternalStore } from 'react';
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
  const { store } = useXModeContext().runtime;
  const read = useCallback(
    () => (selector ? selector(store.getState()) : store.getState()),
    [store, selector],
  );
  return useSyncExternalStore(store.subscribe, read, read);
}

/** Actions on the account state: after a top-up, after a new key was saved. */
export function useAccountActions() {
  const { store, circuit } = useXModeContext().runtime;
  return {
    /** Call before a manual refetch: an open outage circuit lets it through at once. */
    retryNow: circuit.probeNow,
    clearPaymentRequired: store.clearPaymentRequired,
    clearUnauthorized: () => store.setState({ unauthorized: false }),
    clearBlocked: () => store.setState({ blocked: false }),
  };
}

/**
 * The provider's API client (given as `api`, built from `baseUrl`, or the one its `client`
 * was built with): call the xMode API with the cooldown and circuit the UI reads.
 *
 * @example
 * const xmode = useXModeClient();
 * useQuery({ queryKey: ['balance'], queryFn: ({ signal }) => xmode.get('/v1/balance', { signal }) });
 */
export function useXModeClient(): XModeClient {
  const { api } = useXModeContext().runtime;
  if (!api) {
    throw new Error(
      'xmode-error-ui: useXModeClient() needs an API client: give <XModeErrorProvider> `baseUrl` or `api`, or build its `client` with createXModeQueryClient({ api }).',
    );
  }
  return api;
}
