'use client';

import { useState } from 'react';
import { errorCatalog } from '../../core';
import { useErrorState, useMessages, type XModeMessages } from '../../react';
import { useXModeContext } from '../../react/context';
import { LiveRegion } from '../LiveRegion';
import { classNames, formatParts } from '../primitives';

/** Props of `<RetryingStatus>`. */
export interface RetryingStatusProps {
  /** The error being retried: React Query's `failureReason` (or `error` once final). */
  error: unknown;
  /** React Query's `failureCount`: failed attempts so far. */
  failureCount: number;
  /**
   * Whether retries are over (`query.isError`, `mutation.isError`). Default: more
   * failures than the catalog's `retry.maxRetries` for the code.
   */
  final?: boolean;
  /** Shown as a Retry button in the final state. */
  onRetry?: () => void;
  /** Name of the Retry button when several share a page ("Retry generation 3"). Default "Retry". */
  retryLabel?: string;
  /** Extra class on the component's root, for the host's layout. */
  className?: string;
}

/**
 * `provider_timeout` / `provider_error` while React Query retries them: "The image
 * provider is slow, retrying (2/3)…" (attempt from `failureCount`, maximum from the
 * catalog), then a final state with a Retry button. One polite live region
 * (`role="status"`, present before its text) says the start and the end, never each
 * attempt: the counter is `aria-live="off"`, and the final state adds only what is new
 * (the title once said stays out of the announcement). In a form that shows the final
 * error (`useServerErrors`), the form's summary speaks and its submit button retries:
 * the final state is not shown here. The button stays outside the region.
 *
 * @example
 * <RetryingStatus error={query.failureReason} failureCount={query.failureCount} final={query.isError} onRetry={() => query.refetch()} />
 */
export function RetryingStatus({ error, failureCount, final, onRetry, retryLabel, className }: RetryingStatusProps) {
  const messages = useMessages();
  const { voices } = useXModeContext().runtime;
  const state = useErrorState(error);
  const rule = state ? errorCatalog[state.code].retry : undefined;
  const max = rule && rule.kind !== 'never' ? rule.maxRetries : 0;
  const isFinal = state !== null && (final ?? failureCount > max);
  const retrying = state !== null && !isFinal && failureCount > 0;
  // Once the start was said, the end says only what is new.
  const [saidStart, setSaidStart] = useState(retrying);
  if (retrying && !saidStart) setSaidStart(true);
  const shownByForm = isFinal && voices.contextOf(state.error) === 'form';
  const showFinal = isFinal && !shownByForm;
  const title = showFinal ? <p className="xm-notice__title">{state.title}</p> : null;

  return (
    <div className={classNames('xm-notice', retrying && 'xm-notice--info', showFinal && 'xm-notice--warning', className)}>
      {showFinal && saidStart ? title : null}
      <LiveRegion role="status" atomic={false} className="xm-notice__live">
        {retrying ? (
          <p>
            {formatParts(retryingTemplate(messages, state.code), {
              attempt: <span aria-live="off">{Math.min(failureCount, max)}</span>,
              max,
            })}
          </p>
        ) : null}
        {showFinal ? (
          <>
            {saidStart ? null : title}
            <p>{state.description}</p>
          </>
        ) : null}
      </LiveRegion>
      {showFinal && onRetry ? (
        <button type="button" className="xm-button" onClick={onRetry}>
          {retryLabel ?? messages.ui.retry}
        </button>
      ) : null}
    </div>
  );
}

function retryingTemplate(messages: XModeMessages, code: string): string {
  if (code === 'provider_timeout') return messages.components.retryingProviderTimeout;
  if (code === 'provider_error') return messages.components.retryingProviderError;
  return messages.ui.retrying;
}
