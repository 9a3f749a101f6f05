'use client';

import { FORM_FIELD } from '../../core';
import { type ErrorUiState } from '../../react/useErrorState';
import { formatMessage } from '../../react/messages';
import { useXModeContext } from '../../react/context';
import { useMessages } from '../../react/useMessages';
import { useAccountState } from '../../react/useAccountState';
import { StatePanel, type StateLayoutProps } from '../StatePanel';
import { DashboardLink, ServerDetail } from '../primitives';

/** Most field problems listed; the core keeps at most 100 anyway. */
const MAX_LISTED_FIELDS = 20;

interface NoteProps extends StateLayoutProps {
  state: ErrorUiState;
  onRetry?: () => void;
}

function RetryButton({ onRetry, label }: { onRetry?: () => void; label: string }) {
  if (!onRetry) return null;
  return (
    <button type="button" className="xm-button" onClick={onRetry}>
      {label}
    </button>
  );
}

/**
 * `payment_required` in place of what failed. Quiet: outside a form, the cause is stated
 * aloud by the page-wide `TopUpBanner` (the catalog's surface). Gone once the balance came
 * back after this 402 (a top-up, a check, a paid success): "too low" and "Top up" would no
 * longer be true, and the banner says what is.
 */
export function PaymentNote({ state, topUpHref, ...layout }: NoteProps & { topUpHref?: string }) {
  const context = useXModeContext();
  const messages = useMessages();
  const paymentRequired = useAccountState((account) => account.paymentRequired);
  const href = topUpHref ?? context.topUpHref;
  const balanceBack = !paymentRequired && context.runtime.kept.isStale(state.error.receivedAt);
  if (balanceBack) return null;
  return (
    <StatePanel
      {...layout}
      title={state.title}
      tone="warning"
      announce="none"
      actions={
        href ? (
          <DashboardLink className="xm-button" href={href}>
            {messages.components.topUp}
          </DashboardLink>
        ) : null
      }
    >
      <p>{state.description}</p>
    </StatePanel>
  );
}

/**
 * `network_error` in place of what failed, with its own "Try again". Quiet: the cause is
 * stated aloud by the page-wide `OfflineBanner` (the catalog's surface outside a form).
 */
export function OfflineNote({ state, onRetry, ...layout }: NoteProps) {
  const messages = useMessages();
  return (
    <StatePanel
      {...layout}
      title={state.title}
      tone="info"
      announce="none"
      actions={<RetryButton onRetry={onRetry} label={messages.ui.tryAgain} />}
    >
      <p>{state.description}</p>
    </StatePanel>
  );
}

/** `conflict` outside the guided end-user flow: a generic explanation and the server's words. */
export function ConflictNote({ state, onRetry, ...layout }: NoteProps) {
  const messages = useMessages();
  return (
    <StatePanel
      {...layout}
      title={state.title}
      tone="warning"
      announce="alert"
      actions={<RetryButton onRetry={onRetry} label={messages.ui.tryAgain} />}
    >
      <p>{state.description}</p>
      <ServerDetail error={state.error} />
    </StatePanel>
  );
}

/** `validation_error` outside a form: the field messages as a list, server text as text. */
export function ValidationNote({ state, ...layout }: NoteProps) {
  const { components, ui, format } = useMessages();
  const entries = Object.entries(state.error.fields);
  const listed = entries.slice(0, MAX_LISTED_FIELDS);
  const more = entries.length - listed.length + state.error.omittedFieldCount;
  return (
    <StatePanel {...layout} title={state.title} tone="danger" announce="alert">
      <ServerDetail error={state.error} />
      {listed.length > 0 ? (
        <>
          <p>{components.fixThese}</p>
          <ul className="xm-state__list">
            {listed.map(([field, message]) => (
              <li key={field}>{field === FORM_FIELD ? message : formatMessage(components.fieldProblem, { field, message })}</li>
            ))}
          </ul>
          {more > 0 ? <p>{formatMessage(ui.moreProblems, { count: more }, format)}</p> : null}
        </>
      ) : null}
    </StatePanel>
  );
}
