import { onlineManager } from '@tanstack/react-query';
import { voiceFor } from '../core';
import { connectTabs } from './connectTabs';
import { dismissCooldownToast, showCooldownToast } from './cooldownToast';
import type { XModeRuntime } from './runtime';
import { whenRendered } from './voices';

/**
 * Connects a runtime to the world while a provider is mounted: the shared cooldown and
 * React Query's `onlineManager` into the account state, and the one voice of each 429
 * window: the form's summary when the form shows the refused request, else a mounted
 * `<RateLimitNotice>`, else the one `rate-limited` toast. Offline has no toast:
 * `<OfflineBanner>` is its one, persistent place. It also links the other tabs of the same
 * API key (`connectTabs`). Returns the disconnect.
 */
export function bindRuntime(runtime: XModeRuntime): () => void {
  const { store, cooldown, voices } = runtime;
  let cooling = false;
  let toasted = false;
  const decideCooldownVoice = (startedAt: number) => {
    const claim = voices.latestClaim('rate_limited');
    const context = claim && claim.at >= startedAt ? claim.context : 'background';
    const voice = voiceFor('rate_limited', context, (kind) => voices.isMounted(kind, 'rate_limited'));
    voices.settle('rate_limited', voice);
    // A window that ended meanwhile has nothing left to say.
    const { toasts, messages } = runtime.settings();
    if (voice === 'toast' && toasts && cooldown.until() > 0) {
      showCooldownToast(store, messages);
      toasted = true;
    }
  };
  const syncCooldown = () => {
    const until = cooldown.until();
    store.setState({ rateLimitedUntil: until });
    if (until && !cooling) {
      const startedAt = Date.now();
      voices.begin('rate_limited');
      whenRendered(() => decideCooldownVoice(startedAt));
    }
    if (!until && cooling) {
      if (toasted) dismissCooldownToast();
      toasted = false;
    }
    cooling = until > 0;
  };
  // A page-wide state that ended: its next cause is decided afresh.
  const syncDecisions = () => {
    const state = store.getState();
    if (!state.offline) voices.reset('network_error');
    if (!state.paymentRequired) voices.reset('payment_required');
  };
  const unsubscribeCooldown = cooldown.subscribe(syncCooldown);
  const unsubscribeStore = store.subscribe(syncDecisions);
  const unsubscribeOnline = onlineManager.subscribe((online) => store.setState({ offline: !online }));
  store.setState({ offline: !onlineManager.isOnline() });
  syncCooldown();
  const disconnectTabs = connectTabs(runtime);
  return () => {
    disconnectTabs();
    unsubscribeCooldown();
    unsubscribeStore();
    unsubscribeOnline();
    if (toasted) dismissCooldownToast();
  };
}
