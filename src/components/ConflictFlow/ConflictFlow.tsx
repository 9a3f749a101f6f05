'use client';

import { useEffect, useId, useRef } from 'react';
import { cleanText } from '../../core/text';
import { useErrorState, useMessages, type XModeMessages } from '../../react';
import { describeError, formatMessage, type MessageFormat } from '../../react/messages';
import { Heading, RequestIdLine, classNames, type HeadingLevel } from '../primitives';
import type { ConflictFlowState, ConflictFlowStep } from './conflictFlowReducer';
import { useConflictFlow, type UseConflictFlowOptions } from './useConflictFlow';
import { useUnblock, type UnblockStatus } from './useUnblock';

/** Longest email shown, in characters (the longest valid address). */
const MAX_EMAIL_LENGTH = 254;

/** Props of `<ConflictFlow>`. */
export interface ConflictFlowProps extends UseConflictFlowOptions {
  /** The end-user whose delete answered `409 conflict`. Shown as text. */
  email: string;
  /**
   * The user pressed Cancel. `blocked` says whether the end-user is (still) blocked: the
   * flow does not unblock them. Without `onCancel` the idle state offers no Cancel.
   */
  onCancel?: (details: { blocked: boolean }) => void;
  /** Called once, when the block succeeded: the host refreshes what it shows of the end-user (now blocked). */
  onBlocked?: () => void;
  /** Unblocks the end-user: offered ("Unblock …") after a Cancel that left them blocked. */
  unblock?: (signal: AbortSignal) => Promise<unknown>;
  /** Closes the flow: offered ("Close") once it has stopped (cancelled, unblocked). */
  onClose?: () => void;
  /** Level of the flow's heading, to fit the page's outline. Default 2. */
  headingLevel?: HeadingLevel;
  /** Extra class on the component's root, for the host's layout. */
  className?: string;
}

/**
 * The guided way out of `conflict` on `DELETE /v1/end-users/:email`: explains why the
 * end-user can't be deleted yet (`role="alert"`, focus on its heading), then, on
 * "Block and delete when their generations finish", blocks them, checks every
 * `pollIntervalMs` how many generations are still queued or processing
 * (`role="status"`: "Blocked. Waiting for 2 generations to finish…", with Cancel), and
 * deletes them when none are left. Focus moves to the result when it is done or
 * cancelled. Errors show the step that failed with the error's copy and "Try again".
 *
 * Not handled here: unblocking after Cancel (the end-user stays blocked, and the flow
 * says so) and hiding the flow after `onDeleted` (the host decides).
 *
 * @example
 * <ConflictFlow
 *   email={email}
 *   block={(signal) => xmode.post(`/v1/end-users/${encodeURIComponent(email)}/block`, undefined, { signal })}
 *   countRunning={(signal) => countActive(email, signal)}
 *   remove={(signal) => xmode.delete(`/v1/end-users/${encodeURIComponent(email)}`, { signal })}
 *   onDeleted={() => setDeleting(null)}
 * />
 */
export function ConflictFlow(props: ConflictFlowProps) {
  const { email, onCancel, onBlocked, unblock, onClose, headingLevel = 2, className, ...requests } = props;
  const messages = useMessages();
  const text = messages.conflict;
  const { state, start, retry, cancel } = useConflictFlow(requests);
  const values = { email: cleanText(email, MAX_EMAIL_LENGTH) ?? '' };
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Set when the user pressed a button that the next state removes (Block and delete, Try again).
  const focusCancelNext = useRef(false);
  const { phase } = state;
  const unblocking = useUnblock(unblock, phase);
  const blockedReported = useRef(false);
  useEffect(() => {
    if (phase !== 'waiting' || blockedReported.current) return;
    blockedReported.current = true;
    onBlocked?.();
  }, [phase, onBlocked]);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  useEffect(() => {
    if (phase === 'deleted' || phase === 'cancelled') {
      resultRef.current?.focus();
    } else if (focusCancelNext.current) {
      // The pressed button is gone: Cancel, the one action left, takes its place.
      focusCancelNext.current = false;
      cancelRef.current?.focus();
    }
  }, [phase]);

  const rootClass = classNames('xm-conflict-flow', phase === 'deleted' && 'xm-conflict-flow--done', className);

  if (phase === 'deleted') {
    return (
      <section className={rootClass} aria-labelledby={headingId} data-phase={phase}>
        <p ref={resultRef} id={headingId} tabIndex={-1} className="xm-conflict-flow__result">
          {formatMessage(text.deleted, values)}
        </p>
      </section>
    );
  }

  const busy = phase === 'blocking' || phase === 'deleting';
  // Once blocked, Cancel says what it leaves behind.
  const blockedNow = phase === 'waiting' || phase === 'deleting' || (phase === 'failed' && state.blocked);
  const onCancelClick = () => {
    if (busy) return;
    if (phase === 'idle') {
      onCancel?.({ blocked: false });
      return;
    }
    cancel();
    onCancel?.({ blocked: blockedNow });
  };
  const onStart = () => {
    focusCancelNext.current = true;
    start();
  };
  const onRetry = () => {
    focusCancelNext.current = true;
    retry();
  };
  const showCancel = phase !== 'cancelled' && (phase !== 'idle' || onCancel !== undefined);
  const stillBlocked = phase === 'cancelled' && state.blocked && unblocking.status !== 'done';

  return (
    <section className={rootClass} aria-labelledby={headingId} data-phase={phase}>
      <Heading level={headingLevel} ref={headingRef} id={headingId} tabIndex={-1} className="xm-conflict-flow__title">
        {formatMessage(text.title, values)}
      </Heading>
      <p role="alert" className="xm-conflict-flow__explanation">
        {text.explanation}
      </p>
      <p role="status" className="xm-conflict-flow__status">
        {statusText(state, text, values, messages.format)}
      </p>
      {phase === 'failed' ? <FailedStep step={state.step} error={state.error} messages={messages} values={values} /> : null}
      {phase === 'cancelled' ? (
        <p ref={resultRef} tabIndex={-1} className="xm-conflict-flow__result" role={unblocking.status === 'idle' ? undefined : 'status'}>
          {formatMessage(cancelledText(state.blocked, unblocking.status, text), values)}
        </p>
      ) : null}
      <div className="xm-conflict-flow__actions">
        {stillBlocked && unblock ? (
          <button type="button" className="xm-button xm-button--secondary" aria-disabled={unblocking.status === 'pending' || undefined} onClick={unblocking.run}>
            {formatMessage(text.unblock, values)}
          </button>
        ) : null}
        {(phase === 'idle' || phase === 'cancelled') && unblocking.status !== 'done' ? (
          <button type="button" className="xm-button" onClick={onStart}>
            {text.blockAndDelete}
          </button>
        ) : null}
        {phase === 'failed' ? (
          <button type="button" className="xm-button" onClick={onRetry}>
            {messages.ui.tryAgain}
          </button>
        ) : null}
        {showCancel ? (
          <button
            ref={cancelRef}
            type="button"
            className="xm-button xm-button--secondary"
            // aria-disabled, not disabled: a focused button keeps focus while a request is in flight.
            aria-disabled={busy || undefined}
            onClick={onCancelClick}
          >
            {blockedNow ? formatMessage(text.stopKeepBlocked, values) : text.cancel}
          </button>
        ) : null}
        {phase === 'cancelled' && onClose ? (
          <button type="button" className="xm-button xm-button--secondary" onClick={onClose}>
            {text.close}
          </button>
        ) : null}
      </div>
    </section>
  );
}

type ConflictText = XModeMessages['conflict'];

/** What the result line says after Cancel, and after an Unblock. */
function cancelledText(blocked: boolean, unblock: UnblockStatus, text: ConflictText): string {
  if (unblock === 'pending') return text.unblocking;
  if (unblock === 'done') return text.unblocked;
  if (unblock === 'failed') return text.unblockFailed;
  return blocked ? text.cancelledBlocked : text.cancelledNotBlocked;
}

/** The progress line: said when a step starts and when the count changes, never per tick. */
function statusText(state: ConflictFlowState, text: ConflictText, values: { email: string }, format: MessageFormat): string {
  switch (state.phase) {
    case 'blocking':
      return formatMessage(text.blocking, values);
    case 'waiting':
      if (state.failures > 0) return text.checkFailedRetrying;
      if (state.running === null) return text.checking;
      return formatMessage(text.waiting, { count: state.running }, format);
    case 'deleting':
      return formatMessage(text.deleting, values);
    default:
      return '';
  }
}

const STEP_TEXT: Record<ConflictFlowStep, 'blockFailed' | 'checkFailed' | 'deleteFailed'> = {
  block: 'blockFailed',
  check: 'checkFailed',
  delete: 'deleteFailed',
};

interface FailedStepProps {
  step: ConflictFlowStep;
  error: unknown;
  messages: XModeMessages;
  values: { email: string };
}

/** Which step failed, then the error's own title and advice (and its request id). */
function FailedStep({ step, error, messages, values }: FailedStepProps) {
  const errorState = useErrorState(error);
  const copy = errorState ?? describeError(messages, { code: 'unexpected_response' });
  return (
    <div role="alert" className="xm-conflict-flow__error">
      <p className="xm-conflict-flow__error-step">{formatMessage(messages.conflict[STEP_TEXT[step]], values)}</p>
      <p className="xm-conflict-flow__error-title">{copy.title}</p>
      <p>{copy.description}</p>
      {errorState?.requestId ? <RequestIdLine requestId={errorState.requestId} messages={messages} /> : null}
    </div>
  );
}
