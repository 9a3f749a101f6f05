'use client';

import { useState } from 'react';
import { formatWait } from '../messages';
import { useMessages } from '../useMessages';
import { useWait } from '../useWait';
import type { ServerErrors } from './useServerErrors';

/** Whether the submit button may send now, and why not. */
export interface SubmitState {
  /** True while a submit would be ignored: in flight, or during the 429 window. */
  blocked: boolean;
  /** What to show beside the button while blocked ("Sending…", "You can send again in 4 s"): its description. */
  status?: string;
  /**
   * What a polite live region says about the wait, once each: its start while the API
   * client holds the sent request ("Too many requests. Your request is sent by itself…";
   * a final 429 is said by the error summary instead), and its end when nothing is being
   * sent ("You can send requests again."). The countdown itself is never announced.
   */
  announcement: string;
}

/**
 * The submit button's state: blocked while the request is in flight (`pending`) and while
 * the API client's 429 window runs (unless `cooldown: false`; a `rate_limited` error's own
 * `Retry-After` always counts), with a countdown. Re-renders its caller once a second
 * during a wait, so call it in the button, not in the form.
 */
export function useSubmitState(server: Pick<ServerErrors, 'pending' | 'error' | 'cooldown'>): SubmitState {
  const { forms, ui, format } = useMessages();
  const wait = useWait(server.error, server.cooldown ? 'rateLimit' : 'none');
  const { pending } = server;
  const active = wait.secondsLeft > 0;
  // The API client holds the sent request through the wait (within its maxWaitMs; past it the request fails at once).
  const held = pending && wait.holds;
  // Whether a wait blocked the button since it was last sent: its end is then news.
  const [waited, setWaited] = useState(false);
  if (active !== waited && (active || pending)) setWaited(active);
  // Long waits (a capped Retry-After) are said as a time, never "in 2147484 s".
  const cooling = formatWait({ seconds: wait.secondsLeft, until: wait.until }, held ? forms.submitQueued : forms.submitCooldown, forms.submitCooldownUntil, format);
  const status = active ? cooling : pending ? forms.submitPending : undefined;
  const announcement = active ? (held ? forms.submitQueuedStarted : '') : waited ? ui.cooldownEnded : '';
  return { blocked: pending || active, status, announcement };
}
