'use client';

import { useId, useState, type ButtonHTMLAttributes, type MouseEvent } from 'react';
import { useMessages, useWait, type ServerErrors } from '../../react';
import { formatWait } from '../../react/messages';
import { classNames } from '../primitives';

/** Props of `<SubmitButton>`. */
export interface SubmitButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'disabled'> {
  /** The result of `useServerErrors(form, error, { pending })`. */
  server: Pick<ServerErrors, 'pending' | 'error' | 'cooldown'>;
}

/**
 * A form's submit button that cannot send twice: blocked while the request is in flight
 * and while the API client's 429 window runs, with "Sending…" or the wait beside it as its
 * description (`aria-describedby`: the wait is shown once, next to the action it blocks).
 * The wait's start (when the client holds the sent request) and end are announced once,
 * politely; the countdown never is. It uses `aria-disabled`, not `disabled`, so it keeps focus and stays
 * discoverable with its reason; clicks while blocked do nothing (and
 * `server.handleSubmit` ignores submits by Enter too).
 *
 * @example
 * <SubmitButton server={server}>Generate images</SubmitButton>
 */
export function SubmitButton({ server, className, children, onClick, ...rest }: SubmitButtonProps) {
  const { forms, ui, format } = useMessages();
  const { pending } = server;
  // Blocked while the request is in flight and while the API client's 429 window runs
  // (unless `cooldown: false`; a `rate_limited` error's own `Retry-After` always counts).
  const wait = useWait(server.error, server.cooldown ? 'rateLimit' : 'none');
  const active = wait.secondsLeft > 0;
  const blocked = pending || active;
  // The API client holds the sent request through the wait (within its maxWaitMs; past it the request fails at once).
  const held = pending && wait.holds;
  // Whether a wait blocked the button since it was last sent: its end is then news.
  const [waited, setWaited] = useState(false);
  if (active !== waited && (active || pending)) setWaited(active);
  // Beside the button while blocked, as its description. Long waits (a capped Retry-After)
  // are said as a time, never "in 2147484 s".
  const status = active
    ? formatWait({ seconds: wait.secondsLeft, until: wait.until }, held ? forms.submitQueued : forms.submitCooldown, forms.submitCooldownUntil, format)
    : pending
      ? forms.submitPending
      : undefined;
  // Said once each by a polite region: the wait's start while the client holds the sent
  // request (a final 429 is said by the error summary), and its end when nothing is being
  // sent. The countdown itself never is.
  const announcement = active ? (held ? forms.submitQueuedStarted : '') : waited ? ui.cooldownEnded : '';
  const statusId = useId();
  const describedBy = [rest['aria-describedby'], status ? statusId : undefined].filter(Boolean).join(' ');
  return (
    <span className="xm-submit">
      <button
        {...rest}
        type="submit"
        className={classNames('xm-button', className)}
        aria-disabled={blocked || undefined}
        aria-describedby={describedBy || undefined}
        onClick={(event: MouseEvent<HTMLButtonElement>) => {
          if (blocked) event.preventDefault();
          else onClick?.(event);
        }}
      >
        {children}
      </button>
      {status ? (
        <span id={statusId} className="xm-submit__status">
          {status}
        </span>
      ) : null}
      {/* Present from the start, so each change is said once; not the description (that one is seen). */}
      <span aria-live="polite" className="xm-visually-hidden">
        {announcement}
      </span>
    </span>
  );
}
