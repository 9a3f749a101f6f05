import { onlineManager } from '@tanstack/react-query';
import { connectTabs } from './connectTabs';
import type { XModeRuntime } from './runtime';

/**
 * Connects a runtime to the world while a provider is mounted: React Query's
 * `onlineManager` into the account state (`offline`), and, with `shareAcrossTabs`, the
 * other tabs of the same API key (`connectTabs`). Subscriptions only: it changes no
 * setting. Returns the disconnect.
 */
export function connectRuntime(runtime: XModeRuntime, { shareAcrossTabs }: { shareAcrossTabs: boolean }): () => void {
  const { account } = runtime;
  const unsubscribeOnline = onlineManager.subscribe((online) => account.setState({ offline: !online }));
  if (!onlineManager.isOnline()) account.setState({ offline: true });
  const disconnectTabs = shareAcrossTabs ? connectTabs(runtime) : () => undefined;
  return () => {
    disconnectTabs();
    unsubscribeOnline();
  };
}
