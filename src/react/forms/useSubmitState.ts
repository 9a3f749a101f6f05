'use client';

import { formatWait } from '../messages';
import { useMessages } from '../useMessages';
import { useWait } from '../useWait';
import type { ServerErrors } from './useServerErrors';

/** Whether the submit button may send now, and why not. */
export interface SubmitState {
  /** True while a submit would be ignored: in flight, or during the 429 window. */
  blocked: boolean;
  pending: boolean;
  coolingDown: boolean;
  /** Whole seconds left of the wait; 0 when none. */
  secondsLeft: number;
  /** What to show beside the button while blocked ("Sending…", "You can send again in 4 s"). */
  status?: string;
}

/**
 * The submit button's state: blocked while the request is in flight (`pending`) and while
 * the API client's 429 window runs (unless `cooldown: false`; a `rate_limited` error's own
 * `Retry-After` always counts), with a countdown. Re-renders its caller once a second
 * during a wait, so call it in the button, not in the form.
 */
export function useSubmitState(server: Pick<ServerErrors, 'pending' | 'error' | 'cooldown'>): SubmitState {
  const { forms, format } = useMessages();
  const wait = useWait(server.error, server.cooldown ? 'rateLimit' : 'none');
  const active = wait.secondsLeft > 0;
  // Long waits (a capped Retry-After) are said as a time, never "in 2147484 s".
  const cooling = formatWait({ seconds: wait.secondsLeft, until: wait.until }, forms.submitCooldown, forms.submitCooldownUntil, format);
  const status = active ? cooling : server.pending ? forms.submitPending : undefined;
  return { blocked: server.pending || active, pending: server.pending, coolingDown: active, secondsLeft: wait.secondsLeft, status };
}
