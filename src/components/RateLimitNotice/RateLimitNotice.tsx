'use client';

import { useState } from 'react';
import { useMessages, useWait } from '../../react';
import { errorToShow } from '../../react/errorToShow';
import { formatWait } from '../../react/messages';
import { MAX_COUNTED_SECONDS } from '../../react/messages/formatTime';
import { useErrorCopy } from '../../react/useErrorCopy';
import { classNames } from '../primitives';

/** Props of `<RateLimitNotice>`. */
export interface RateLimitNoticeProps {
  /** A final `rate_limited` error (its wait was longer than the client waits), counted too; the API client's window always is. */
  error?: unknown;
  /** Shown as "Try again" once the window has ended: for a request that failed instead of waiting. */
  onRetry?: () => void;
  /** Extra class on the component's root, for the host's layout. */
  className?: string;
}

/**
 * The wait of the API client's 429 window (requests wait in it and are sent when it
 * ends), or of a final `error` (a request that could not wait that long).
 *
 * Screen readers hear the start ("Too many requests…") and the end ("You can send
 * requests again.") from a polite live region that exists before either; the wait itself
 * is one line below it, said once: ticking seconds (`aria-hidden`, so there is no
 * announcement every second) or, above two minutes, a time ("Try again after 14:05"). A refused request (`error`) is
 * not sent again by itself, nor is a new one while the window has longer left than the
 * client's `maxWaitMs` (it fails at once): the notice then says when to send again. For a page: in a form, the submit
 * button says the wait next to itself and the summary states a final error. `onRetry`
 * adds a manual "Try again" after the wait (WCAG 2.2.1), never during it, when the API
 * would refuse it anyway.
 *
 * @example
 * <RateLimitNotice />
 */
export function RateLimitNotice({ error, onRetry, className }: RateLimitNoticeProps) {
  const { forms, ui, format } = useMessages();
  const xmodeError = errorToShow(error);
  const { secondsLeft, until, holds } = useWait(xmodeError);
  const active = secondsLeft > 0;
  // Whether a window was seen while mounted: its end is then worth announcing.
  const [seenActive, setSeenActive] = useState(active);
  if (active && !seenActive) setSeenActive(true);
  const ended = !active && (seenActive || xmodeError?.code === 'rate_limited');

  // A request that failed instead of waiting is not sent again by itself, nor is one sent
  // while the window has longer left than the client waits: say so. When is the line
  // below's to say, once (#25).
  const final = xmodeError?.code === 'rate_limited' || !holds;
  const copy = useErrorCopy('rate_limited', { final });
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
        {active ? start : null}
        {ended ? <p>{ui.cooldownEnded}</p> : null}
      </div>
      {active ? (
        // Ticking seconds are not read out; a time (a long wait) stays readable.
        <p className="xm-notice__countdown" aria-hidden={secondsLeft <= MAX_COUNTED_SECONDS || undefined}>
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
