'use client';

import { errorCatalog } from '../../core';
import { useErrorState, useMessages, type XModeMessages } from '../../react';
import { formatMessage } from '../../react/messages';
import { classNames } from '../StatePanel';

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
  className?: string;
}

/**
 * `provider_timeout` / `provider_error` while React Query retries them: "The image
 * provider is slow, retrying (2/3)…" (attempt from `failureCount`, maximum from the
 * catalog), then a final state with a Retry button. One polite live region
 * (`role="status"`) carries both, so the switch to the final state is announced; the
 * button stays outside it.
 *
 * @example
 * <RetryingStatus error={query.failureReason} failureCount={query.failureCount} final={query.isError} onRetry={() => query.refetch()} />
 */
export function RetryingStatus({ error, failureCount, final, onRetry, retryLabel, className }: RetryingStatusProps) {
  const messages = useMessages();
  const state = useErrorState(error);
  const rule = state ? errorCatalog[state.code].retry : undefined;
  const max = rule && rule.kind !== 'never' ? rule.maxRetries : 0;
  const isFinal = state !== null && (final ?? failureCount > max);
  const retrying = state !== null && !isFinal && failureCount > 0;

  return (
    <div className={classNames('xm-notice', retrying && 'xm-notice--info', isFinal && 'xm-notice--warning', className)}>
      <div role="status" className="xm-notice__live">
        {retrying ? <p>{formatMessage(retryingTemplate(messages, state.code), { attempt: Math.min(failureCount, max), max })}</p> : null}
        {isFinal ? (
          <>
            <p className="xm-notice__title">{state.title}</p>
            <p>{state.description}</p>
          </>
        ) : null}
      </div>
      {isFinal && onRetry ? (
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
