'use client';

import { FORM_FIELD } from '../../core';
import { useErrorState, useMessages } from '../../react';
import { formatMessage } from '../../react/messages';
import { useAccountState } from '../../react/useAccountState';

/** Most field problems listed for a `validation_error`; the core keeps at most 100 anyway. */
const MAX_LISTED_FIELDS = 20;
import { BlockedAccountScreen } from '../BlockedAccountScreen';
import { ContentPolicyNotice } from '../ContentPolicyNotice';
import { ForbiddenState } from '../ForbiddenState';
import { NotFoundState, type MissingResource } from '../NotFoundState';
import { RateLimitNotice } from '../RateLimitNotice';
import { RetryingStatus } from '../RetryingStatus';
import { ServerErrorState } from '../ServerErrorState';
import { StatePanel, type StateLayoutProps } from '../StatePanel';
import { UnauthorizedState } from '../UnauthorizedState';
import { classNames } from '../primitives';

/** Props of `<ErrorState>`. */
export interface ErrorStateProps extends StateLayoutProps {
  /** Anything a query or mutation failed with; `null`, `undefined` or an aborted request render nothing. */
  error: unknown;
  /** Repeats the request. Offered only for codes where trying again can help. */
  onRetry?: () => void;
  /** What was asked for, named by the not-found state. */
  resource?: MissingResource;
  /** Opens the prompt for editing, offered by the content-policy notice. */
  onEditPrompt?: () => void;
  /** Billing route for the blocked screen. Default: the provider's `topUpHref`. */
  topUpHref?: string;
  /** Settings route for the blocked screen. */
  settingsHref?: string;
  /** API keys page for the unauthorized and forbidden states. */
  apiKeysHref?: string;
  /** Last 4 characters of the key, for the unauthorized state. */
  keyLast4?: string;
}

/**
 * One drop-in for hosts that want a single component: picks the state for any error by
 * its code (see the README table "Error codes → UI"). Page-wide states belong in
 * `TopUpBanner`, `OfflineBanner` and `AccountGate`: for `payment_required` and
 * `network_error` this shows one quiet line where the failed content would be, and the
 * banner states the cause (once per screen). Form errors belong in the form (ErrorSummary, FieldError);
 * here they are a plain list.
 *
 * @example
 * if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
 */
export function ErrorState(props: ErrorStateProps) {
  const { error, onRetry, resource, onEditPrompt, topUpHref, settingsHref, apiKeysHref, keyLast4, ...layout } =
    props;
  const messages = useMessages();
  const state = useErrorState(error);
  // A 402's line goes with its banner (a top-up, in any tab; dismissed): it would point at nothing.
  const topUpBannerShown = useAccountState((account) => account.paymentRequired && !account.topUpDismissed);
  if (!state) return null;
  switch (state.code) {
    case 'forbidden':
      return <ForbiddenState {...layout} error={state.error} apiKeysHref={apiKeysHref} />;
    case 'not_found':
      return <NotFoundState {...layout} error={state.error} resource={resource} />;
    case 'internal_error':
    case 'timeout':
    case 'unexpected_response':
      return <ServerErrorState {...layout} error={state.error} onRetry={onRetry} />;
    case 'rate_limited':
      return <RateLimitNotice className={layout.className} error={state.error} onRetry={onRetry} />;
    case 'content_policy':
      return <ContentPolicyNotice {...layout} error={state.error} onEditPrompt={onEditPrompt} />;
    case 'provider_timeout':
    case 'provider_error':
      return <RetryingStatus className={layout.className} error={state.error} onRetry={onRetry} />;
    case 'account_blocked':
      return <BlockedAccountScreen {...layout} billingHref={topUpHref} settingsHref={settingsHref} />;
    case 'unauthorized':
      return <UnauthorizedState {...layout} apiKeysHref={apiKeysHref} keyLast4={keyLast4} />;
    case 'payment_required':
    case 'network_error':
      // In place of what failed, on a page: the cause is the page-wide banner's to state
      // (`TopUpBanner`, `OfflineBanner`: the catalog's surface), with its one "Top up" or
      // "Try again". Here one quiet line keeps the content's place and points there: no
      // second statement, no second action, no live region.
      return state.code === 'network_error' || topUpBannerShown ? (
        <p className={classNames('xm-state__note', layout.className)}>{messages.components.seeBanner}</p>
      ) : null;
    case 'validation_error': {
      // Outside a form: the field messages as a list, server text as text.
      const entries = Object.entries(state.error.fields);
      const listed = entries.slice(0, MAX_LISTED_FIELDS);
      const more = entries.length - listed.length + state.error.omittedFieldCount;
      return (
        <StatePanel {...layout} title={state.title} tone="danger" error={state.error}>
          {listed.length > 0 ? (
            <>
              <p>{messages.components.fixThese}</p>
              <ul className="xm-state__list">
                {listed.map(([field, message]) => (
                  <li key={field}>{field === FORM_FIELD ? message : formatMessage(messages.components.fieldProblem, { field, message })}</li>
                ))}
              </ul>
              {more > 0 ? <p>{formatMessage(messages.ui.moreProblems, { count: more }, messages.format)}</p> : null}
            </>
          ) : null}
        </StatePanel>
      );
    }
    case 'conflict':
      // Outside the guided end-user flow: a generic explanation and the server's words.
      return (
        <StatePanel
          {...layout}
          title={state.title}
          tone="warning"
          text={state.description}
          error={state.error}
          actions={
            onRetry ? (
              <button type="button" className="xm-button" onClick={onRetry}>
                {messages.ui.tryAgain}
              </button>
            ) : null
          }
        />
      );
    default:
      return assertNever(state.code);
  }
}

function assertNever(code: never): null {
  void code;
  return null;
}
