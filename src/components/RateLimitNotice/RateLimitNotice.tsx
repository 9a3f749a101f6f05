'use client';

import { useState } from 'react';
import { toXModeError } from '../../core';
import { useMessages, useRetryCountdown } from '../../react';
import { formatWait } from '../../react/messages';
import { useErrorCopy } from '../../react/useErrorCopy';
import { useMountVoice, useSpeaks } from '../../react/voices';
import { classNames } from '../primitives';

/** Props of `<RateLimitNotice>`. */
export interface RateLimitNoticeProps {
  /** A `rate_limited` error whose own `Retry-After` should be counted too (the shared cooldown always is). */
  error?: unknown;
  /** Shown as "Try again" once the window has ended: for a request that failed instead of waiting. */
  onRetry?: () => void;
  /** Extra class on the component's root, for the host's layout. */
  className?: string;
}

/**
 * The countdown of the shared 429 cooldown (or of `error`'s own `Retry-After`).
 *
 * Screen readers hear the start ("Too many requests…") and the end ("You can send
 * requests again.") from a polite live region that exists before either; the ticking
 * number is `aria-hidden`, so there is no announcement every second; a wait above two
 * minutes is said as a time ("Try again after 14:05"). A refused request (`error`) is
 * not sent again by itself, and the notice says so. The notice says the start only when
 * it is the window's voice (`errorVoice`): a form that shows the refused request says it
 * in its summary, and the notice then only counts down. `onRetry` adds a manual "Try
 * again" after the window (WCAG 2.2.1), never during it, when the API would refuse it
 * anyway.
 *
 * @example
 * <RateLimitNotice />
 */
export function RateLimitNotice({ error, onRetry, className }: RateLimitNoticeProps) {
  const { forms, ui, format } = useMessages();
  const xmodeError = error === null || error === undefined ? null : toXModeError(error);
  const { secondsLeft, active, until } = useRetryCountdown(xmodeError);
  useMountVoice('notice', 'rate_limited');
  const speaksStart = useSpeaks('rate_limited', 'notice');
  // Whether a window was seen while mounted: its end is then worth announcing.
  const [seenActive, setSeenActive] = useState(active);
  if (active && !seenActive) setSeenActive(true);
  const ended = !active && (seenActive || xmodeError?.code === 'rate_limited');

  // A request that failed instead of waiting is not sent again by itself: say so, and when.
  const final = xmodeError?.code === 'rate_limited';
  const retryAt = format.clock(until);
  const copy = useErrorCopy('rate_limited', { final, retryAt });
  const countdown = formatWait({ seconds: secondsLeft, until }, final ? forms.submitCooldown : ui.cooldownCountdown, ui.cooldownLater, format);
  // One element, so moving it into the live region is one announcement.
  const start = (
    <div>
      <p className="xm-notice__title">{copy.title}</p>
      <p>{copy.description}</p>
    </div>
  );
  return (
    <div className={classNames('xm-notice', active && 'xm-notice--warning', ended && 'xm-notice--info', className)}>
      <div role="status" aria-live="polite" className="xm-notice__live">
        {active && speaksStart ? start : null}
        {ended ? <p>{ui.cooldownEnded}</p> : null}
      </div>
      {active && !speaksStart ? start : null}
      {active ? (
        <p className="xm-notice__countdown" aria-hidden="true">
          {countdown}
        </p>
      ) : null}
      {ended && onRetry ? (
        <button type="button" className="xm-button" onClick={onRetry}>
          {ui.tryAgain}
        </button>
      ) : null}
    </div>
  );
}
