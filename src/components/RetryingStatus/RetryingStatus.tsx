'use client';

import type { WindowName } from '../../core';
import { useErrorState, useMessages, useWait } from '../../react';
import { LiveRegion } from '../LiveRegion';
import { classNames, RequestIdLine, useFocusHandoff } from '../primitives';

/** Props of `<RetryingStatus>`. */
export interface RetryingStatusProps {
  /** Whether the request is in flight (`isPending`, `isFetching`): "trying again" shows while the API client waits out an outage for it. */
  pending?: boolean;
  /** The request's final error (`mutation.error`, `query.error`), for the final state with Retry. Leave it out in a form: its summary states it. */
  error?: unknown;
  /** The window the request waits in. Default `provider` (generation requests); `outage` for others. */
  window?: WindowName;
  /** Shown as a Retry button in the final state. */
  onRetry?: () => void;
  /** Name of the Retry button when several share a page ("Retry generation 3"). Default "Retry". */
  retryLabel?: string;
  /** Extra class on the component's root, for the host's layout. */
  className?: string;
}

/**
 * A provider outage while the API client waits it out and sends the request again
 * ("The image provider is having trouble. Trying again…"), then, given the final `error`,
 * what happened, its request id (a server fault's, for support) and a Retry button. One
 * polite live region (present before its text) says each once; the attempts in between
 * are not announced. The request id and the button stay outside the region.
 *
 * @example
 * <RetryingStatus pending={generate.isPending} />
 * <RetryingStatus error={query.error} onRetry={() => query.refetch()} window="outage" />
 */
export function RetryingStatus({ pending = false, error, window = 'provider', onRetry, retryLabel, className }: RetryingStatusProps) {
  const messages = useMessages();
  const state = useErrorState(error);
  const retrying = useWait(undefined, window).active && pending && !state;
  const root = useFocusHandoff<HTMLDivElement>();
  return (
    <div ref={root} className={classNames('xm-notice', retrying && 'xm-notice--info', state && 'xm-notice--warning', className)}>
      <LiveRegion role="status" className="xm-notice__live">
        {retrying ? <p>{window === 'provider' ? messages.components.retryingProvider : messages.ui.retrying}</p> : null}
        {state ? (
          <>
            <p className="xm-notice__title">{state.title}</p>
            <p>{state.description}</p>
          </>
        ) : null}
      </LiveRegion>
      {state?.requestId ? <RequestIdLine requestId={state.requestId} messages={messages} /> : null}
      {state && onRetry ? (
        <button type="button" className="xm-button" onClick={onRetry}>
          {retryLabel ?? messages.ui.retry}
        </button>
      ) : null}
    </div>
  );
}
