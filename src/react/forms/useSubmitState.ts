'use client';

import { formatWait } from '../messages';
import { useMessages } from '../context';
import { useRetryAfterDeadline, useRetryCountdown, useSecondsUntil } from '../useRetryCountdown';
import type { ServerErrors } from './useServerErrors';

/** Whether the submit button may send now, and why not. */
export interface SubmitState {
  /** True while a submit would be ignored: in flight, or during the 429 cooldown. */
  blocked: boolean;
  pending: boolean;
  coolingDown: boolean;
  /** Whole seconds left in the cooldown; 0 when none. */
  secondsLeft: number;
  /** What to show beside the button while blocked ("Sending…", "You can send again in 4 s"). */
  status?: string;
}

/**
 * The submit button's state: blocked while the request is in flight (`pending`) and while
 * the shared 429 cooldown runs (unless `cooldown: false`), with a countdown. Re-renders its caller once a second
 * during a cooldown, so call it in the button, not in the form.
 *
 * @example
 * const submit = useSubmitState(server);
 * <button type="submit" aria-disabled={submit.blocked}>Generate</button>{submit.status}
 */
export function useSubmitState(server: Pick<ServerErrors, 'pending' | 'error' | 'cooldown'>): SubmitState {
  const { forms, format } = useMessages();
  const shared = useRetryCountdown(server.error);
  const ownUntil = useRetryAfterDeadline(server.error);
  const own = useSecondsUntil(ownUntil);
  const secondsLeft = server.cooldown ? shared.secondsLeft : own;
  const until = server.cooldown ? shared.until : ownUntil;
  const active = secondsLeft > 0;
  // Long waits (a capped Retry-After) are said as a time, never "in 2147484 s".
  const cooling = formatWait({ seconds: secondsLeft, until }, forms.submitCooldown, forms.submitCooldownUntil, format);
  const status = active ? cooling : server.pending ? forms.submitPending : undefined;
  return { blocked: server.pending || active, pending: server.pending, coolingDown: active, secondsLeft, status };
}
