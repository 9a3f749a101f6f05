'use client';

import { FORM_FIELD } from '../../core';
import { type ErrorUiState } from '../../react/useErrorState';
import { formatMessage } from '../../react/messages';
import { useMessages } from '../../react/useMessages';
import { useAccountState } from '../../react/useAccountState';
import { StatePanel, type StateLayoutProps } from '../StatePanel';
import { classNames } from '../primitives';

/** Most field problems listed; the core keeps at most 100 anyway. */
const MAX_LISTED_FIELDS = 20;

interface NoteProps extends StateLayoutProps {
  state: ErrorUiState;
  onRetry?: () => void;
}

/**
 * `payment_required` and `network_error` in place of what failed, on a page: the cause
 * is the page-wide banner's to state (`TopUpBanner`, `OfflineBanner`: the catalog's
 * surface), with its one "Top up" or "Try again". Here one quiet line keeps the content's
 * place and points there: no second statement, no second action, no live region. A
 * 402's line goes when its banner does (the balance is back, or the banner dismissed).
 */
export function BannerNote({ code, className }: { code: 'payment_required' | 'network_error'; className?: string }) {
  const { components } = useMessages();
  // A 402's line goes with its banner (a top-up, in any tab; dismissed): it would point at nothing.
  const shown = useAccountState((account) => code === 'network_error' || (account.paymentRequired && !account.topUpDismissed));
  return shown ? <p className={classNames('xm-state__note', className)}>{components.seeBanner}</p> : null;
}

/** `conflict` outside the guided end-user flow: a generic explanation and the server's words. */
export function ConflictNote({ state, onRetry, ...layout }: NoteProps) {
  const messages = useMessages();
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
}

/** `validation_error` outside a form: the field messages as a list, server text as text. */
export function ValidationNote({ state, ...layout }: NoteProps) {
  const { components, ui, format } = useMessages();
  const entries = Object.entries(state.error.fields);
  const listed = entries.slice(0, MAX_LISTED_FIELDS);
  const more = entries.length - listed.length + state.error.omittedFieldCount;
  return (
    <StatePanel {...layout} title={state.title} tone="danger" error={state.error}>
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
