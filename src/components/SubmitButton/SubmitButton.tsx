'use client';

import { useId, type ButtonHTMLAttributes, type MouseEvent } from 'react';
import { type ServerErrors } from '../../react';
import { useSubmitState } from '../../react/forms/useSubmitState';
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
  const state = useSubmitState(server);
  const statusId = useId();
  const describedBy = [rest['aria-describedby'], state.status ? statusId : undefined].filter(Boolean).join(' ');
  return (
    <span className="xm-submit">
      <button
        {...rest}
        type="submit"
        className={classNames('xm-button', className)}
        aria-disabled={state.blocked || undefined}
        aria-describedby={describedBy || undefined}
        onClick={(event: MouseEvent<HTMLButtonElement>) => {
          if (state.blocked) event.preventDefault();
          else onClick?.(event);
        }}
      >
        {children}
      </button>
      {state.status ? (
        <span id={statusId} className="xm-submit__status">
          {state.status}
        </span>
      ) : null}
      {/* Present from the start, so each change is said once; not the description (that one is seen). */}
      <span aria-live="polite" className="xm-visually-hidden">
        {state.announcement}
      </span>
    </span>
  );
}
