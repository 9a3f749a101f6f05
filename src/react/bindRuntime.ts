import { onlineManager } from '@tanstack/react-query';
import { toast } from 'sonner';
import { dismissCooldownToast, showCooldownToast } from './cooldownToast';
import type { XModeRuntime } from './runtime';
import { TOAST_IDS } from './toasts';

/**
 * Connects a runtime to the world while a provider is mounted: the shared cooldown and
 * React Query's `onlineManager` into the account state, and their one toast each
 * (`rate-limited`, `offline`). Returns the disconnect.
 */
export function bindRuntime(runtime: XModeRuntime): () => void {
  const { store, cooldown } = runtime;
  let cooling = false;
  const syncCooldown = () => {
    const until = cooldown.until();
    store.setState({ rateLimitedUntil: until });
    const toasts = runtime.config.toasts;
    if (until && !cooling && toasts) showCooldownToast(store, runtime.config.messages);
    if (!until && cooling) dismissCooldownToast();
    cooling = until > 0;
  };
  let wasOffline = store.getState().offline;
  const syncOffline = () => {
    const { offline } = store.getState();
    if (offline === wasOffline) return;
    wasOffline = offline;
    const { messages, toasts } = runtime.config;
    if (offline && toasts) {
      toast(messages.ui.offlineTitle, { id: TOAST_IDS.offline, description: messages.ui.offlineDescription, duration: Number.POSITIVE_INFINITY });
    } else {
      toast.dismiss(TOAST_IDS.offline);
    }
  };
  const unsubscribeCooldown = cooldown.subscribe(syncCooldown);
  const unsubscribeStore = store.subscribe(syncOffline);
  const unsubscribeOnline = onlineManager.subscribe((online) => store.setState({ offline: !online }));
  store.setState({ offline: !onlineManager.isOnline() });
  syncCooldown();
  syncOffline();
  return () => {
    unsubscribeCooldown();
    unsubscribeStore();
    unsubscribeOnline();
    if (cooling) dismissCooldownToast();
  };
}
