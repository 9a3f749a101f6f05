import { useCallback, useSyncExternalStore } from 'react';
import type { AccountStore } from '../../react';

// Which account stores (one per query client: one dashboard session) had their banner
// dismissed. Kept outside the component so a dismissal survives navigating between pages
// that each render a banner, and is forgotten when `paymentRequired` clears even if no
// banner is mounted then.
const dismissed = new WeakSet<AccountStore>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/** Hides the top-up banner until `paymentRequired` clears; it re-arms for the next one. */
export function dismissTopUpBanner(store: AccountStore): void {
  if (dismissed.has(store) || !store.getState().paymentRequired) return;
  dismissed.add(store);
  const unsubscribe = store.subscribe(() => {
    if (store.getState().paymentRequired) return;
    dismissed.delete(store);
    unsubscribe();
    notify();
  });
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the banner of this store's session is dismissed. */
export function useTopUpDismissed(store: AccountStore): boolean {
  const read = useCallback(() => dismissed.has(store), [store]);
  return useSyncExternalStore(subscribe, read, read);
}
