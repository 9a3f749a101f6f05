'use client';

import { useSyncExternalStore } from 'react';
import { toast } from 'sonner';
import type { AccountStore } from './accountStore';
import { describeError, formatWait, type XModeMessages } from './messages';
import { TOAST_IDS } from './toasts';
import { useSecondsUntil } from './useRetryCountdown';

/**
 * The one toast of the shared 429 window (`rate-limited`), counting down in place. The
 * screen reader hears the start once (the visible number is hidden from it); the toast
 * closes when the window ends.
 */
export function showCooldownToast(store: AccountStore, messages: XModeMessages): void {
  toast(<CooldownToastBody store={store} messages={messages} />, {
    id: TOAST_IDS.rateLimited,
    duration: Number.POSITIVE_INFINITY,
  });
}

/** Closes the `rate-limited` toast. */
export function dismissCooldownToast(): void {
  toast.dismiss(TOAST_IDS.rateLimited);
}

function CooldownToastBody({ store, messages }: { store: AccountStore; messages: XModeMessages }) {
  const until = useSyncExternalStore(store.subscribe, () => store.getState().rateLimitedUntil);
  const seconds = useSecondsUntil(until);
  return (
    <div className="xm-toast-details">
      <strong>{describeError(messages, { code: 'rate_limited' }, { final: false }).title}</strong>
      <span className="xm-visually-hidden">{messages.ui.cooldownStarted}</span>
      <p aria-hidden="true">{formatWait({ seconds, until }, messages.ui.cooldownCountdown, messages.ui.cooldownLater, messages.format)}</p>
    </div>
  );
}
