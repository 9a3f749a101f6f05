'use client';

import { useErrorState } from '../../react';
import { BlockedAccountScreen } from '../BlockedAccountScreen';
import { ContentPolicyNotice } from '../ContentPolicyNotice';
import { ForbiddenState } from '../ForbiddenState';
import { NotFoundState, type MissingResource } from '../NotFoundState';
import { RateLimitNotice } from '../RateLimitNotice';
import { RetryingStatus } from '../RetryingStatus';
import { ServerErrorState } from '../ServerErrorState';
import type { StateLayoutProps } from '../StatePanel';
import { UnauthorizedState } from '../UnauthorizedState';
import { BannerNote, ConflictNote, ValidationNote } from './notes';

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
  const state = useErrorState(error);
  if (!state) return null;
  const note = { ...layout, state };
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
      return <BannerNote code={state.code} className={layout.className} />;
    case 'validation_error':
      return <ValidationNote {...note} />;
    case 'conflict':
      return <ConflictNote {...note} onRetry={onRetry} />;
    default:
      return assertNever(state.code);
  }
}

function assertNever(code: never): null {
  void code;
  return null;
}
