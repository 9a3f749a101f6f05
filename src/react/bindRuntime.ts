import { onlineManager } from '@tanstack/react-query';
import { connectTabs } from './connectTabs';
import { dismissCooldownToast, showCooldownToast } from './cooldownToast';
import type { XModeRuntime } from './runtime';

/**
 * Connects a runtime to the world while a provider is mounted: the shared cooldown and
 * React Query's `onlineManager` into the account state, the one `rate-limited` toast, and
 * the other tabs of the same API key (`connectTabs`).
 * Offline has no toast: `<OfflineBanner>` is its one, persistent place (a toast would
 * say it a second time and then vanish). Returns the disconnect.
 */
export function bindRuntime(runtime: XModeRuntime): () => void {
  const { store, cooldown } = runtime;
  let cooling = false;
  const syncCooldown = () => {
    const until = cooldown.until();
    store.setState({ rateLimitedUntil: until });
    const { toasts, messages } = runtime.settings();
    if (until && !cooling && toasts) showCooldownToast(store, messages);
    if (!until && cooling) dismissCooldownToast();
    cooling = until > 0;
  };
  const unsubscribeCooldown = cooldown.subscribe(syncCooldown);
  const unsubscribeOnline = onlineManager.subscribe((online) => store.setState({ offline: !online }));
  store.setState({ offline: !onlineManager.isOnline() });
  syncCooldown();
  const disconnectTabs = connectTabs(runtime);
  return () => {
    disconnectTabs();
    unsubscribeCooldown();
    unsubscribeOnline();
    if (cooling) dismissCooldownToast();
  };
}
