'use client';

import { Fragment } from 'react';
import { useErrorState } from '../../react';
import { useXModeContext } from '../../react/context';
import { useOutcomeUnknown } from '../../react/useAnnounces';
import { useMessages } from '../../react/useMessages';
import { StatePanel, type StateLayoutProps } from '../StatePanel';
import { DashboardLink, RequestIdLine, SupportLink } from '../primitives';

/** Props of `<ServerErrorState>`. */
export interface ServerErrorStateProps extends StateLayoutProps {
  /** The `internal_error` / `timeout` / `unexpected_response` (any error is accepted and normalized). */
  error: unknown;
  /** Shown as a Retry button when the catalog says retrying can help. */
  onRetry?: () => void;
  /** Name of the Retry button when several share a page. Default "Retry". */
  retryLabel?: string;
  /** Contact-support URL or `mailto:`. Default: the provider's `supportUrl`. */
  supportUrl?: string;
}

/**
 * `internal_error` / `timeout` / `unexpected_response` in place of what failed: what happened, the
 * server's message as text, when it happened (`<time>`), the request id with a copy
 * button, a contact-support link, and Retry when the code is retryable and `onRetry` is
 * given (pass it only where repeating is safe: queries, not a failed payment). For a paid
 * request that ended here (`outcomeUnknown`): that it may or may not have gone through,
 * a link to the provider's `generationsHref` to check first, and no Retry. Announced
 * once (`role="alert"`); the reference details and actions stay out of the announcement.
 * Renders nothing for no error or an aborted request.
 *
 * @example
 * <ServerErrorState error={query.error} onRetry={() => query.refetch()} />
 */
export function ServerErrorState({ error, onRetry, retryLabel, supportUrl, ...layout }: ServerErrorStateProps) {
  const context = useXModeContext();
  const state = useErrorState(error);
  const messages = useMessages();
  const unknown = useOutcomeUnknown(state?.error);
  if (!state) return null;
  const support = supportUrl ?? context.supportUrl;
  const receivedAt = state.error.receivedAt;
  const when = Number.isFinite(receivedAt) ? (
    <time dateTime={new Date(receivedAt).toISOString()}>{messages.format.dateTime(receivedAt)}</time>
  ) : null;
  const retry = state.retryable && !unknown && onRetry;
  const check = unknown ? context.generationsHref : undefined;

  return (
    <StatePanel
      {...layout}
      title={state.title}
      tone="danger"
      text={unknown ? messages.forms.outcomeUnknown : state.description}
      error={state.error}
      details={
        <>
          {when ? (
            // The template's `{time}` becomes the element, wherever a translation puts it.
            <p className="xm-state__detail">
              {messages.components.happenedAt.split(/(\{time\})/).map((part, index) => (
                <Fragment key={index}>{part === '{time}' ? when : part}</Fragment>
              ))}
            </p>
          ) : null}
          {state.requestId ? <RequestIdLine requestId={state.requestId} messages={messages} /> : null}
        </>
      }
      actions={
        <>
          {check ? (
            <DashboardLink className="xm-button" href={check}>
              {messages.components.checkGenerations}
            </DashboardLink>
          ) : null}
          {retry ? (
            <button type="button" className="xm-button" onClick={onRetry}>
              {retryLabel ?? messages.ui.retry}
            </button>
          ) : null}
          <SupportLink href={support} messages={messages} />
        </>
      }
    />
  );
}
