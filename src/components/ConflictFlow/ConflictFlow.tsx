'use client';

import { useEffect, useId, useRef, type Ref } from 'react';
import { cleanText } from '../../core/text';
import { useErrorState, useMessages } from '../../react';
import { describeError, formatMessage } from '../../react/messages';
import { Heading, RequestIdLine, classNames, type HeadingLevel } from '../primitives';
import { useConflictFlow, type UseConflictFlowOptions } from './useConflictFlow';
import { useUnblock } from './useUnblock';

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
  const say = (message: string) => formatMessage(message, { email: cleanText(email, MAX_EMAIL_LENGTH) ?? '' });
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Set when the user pressed a button that the next state removes (Block and delete, Try again).
  const focusCancelNext = useRef(false);
  const { phase } = state;
  const unblocking = useUnblock(unblock, phase);
  const failure = useErrorState(phase === 'failed' ? state.error : null);
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
          {say(text.deleted)}
        </p>
      </section>
    );
  }

  const busy = phase === 'blocking' || phase === 'deleting';
  // Once blocked, Cancel says what it leaves behind.
  const blockedNow = phase === 'waiting' || phase === 'deleting' || (phase === 'failed' && state.blocked);
  const onCancelClick = () => {
    if (busy) return;
    if (phase !== 'idle') cancel();
    onCancel?.({ blocked: blockedNow });
  };
  const press = (action: () => void) => () => {
    focusCancelNext.current = true;
    action();
  };
  const button = (label: string, onClick: () => void, secondary?: boolean, extra?: { ref?: Ref<HTMLButtonElement>; 'aria-disabled'?: true }) => (
    <button type="button" className={secondary ? 'xm-button xm-button--secondary' : 'xm-button'} onClick={onClick} {...extra}>
      {label}
    </button>
  );
  // The progress line: said when a step starts and when the count changes, never per tick.
  const status =
    phase === 'blocking'
      ? say(text.blocking)
      : phase === 'deleting'
        ? say(text.deleting)
        : phase !== 'waiting'
          ? ''
          : state.failures > 0
            ? text.checkFailedRetrying
            : state.running === null
              ? text.checking
              : formatMessage(text.waiting, { count: state.running }, messages.format);
  const copy = failure ?? describeError(messages, { code: 'unexpected_response' });

  return (
    <section className={rootClass} aria-labelledby={headingId} data-phase={phase}>
      <Heading level={headingLevel} ref={headingRef} id={headingId} tabIndex={-1} className="xm-conflict-flow__title">
        {say(text.title)}
      </Heading>
      <p role="alert" className="xm-conflict-flow__explanation">
        {text.explanation}
      </p>
      <p role="status" className="xm-conflict-flow__status">
        {status}
      </p>
      {phase === 'failed' ? (
        // Which step failed, then the error's own title and advice (and its request id).
        <div role="alert" className="xm-conflict-flow__error">
          <p className="xm-conflict-flow__error-step">{say(text[`${state.step}Failed`])}</p>
          <p className="xm-conflict-flow__error-title">{copy.title}</p>
          <p>{copy.description}</p>
          {failure?.requestId ? <RequestIdLine requestId={failure.requestId} messages={messages} /> : null}
        </div>
      ) : null}
      {phase === 'cancelled' ? (
        <p ref={resultRef} tabIndex={-1} className="xm-conflict-flow__result" role={unblocking.status === 'idle' ? undefined : 'status'}>
          {say(
            unblocking.status === 'pending'
              ? text.unblocking
              : unblocking.status === 'done'
                ? text.unblocked
                : unblocking.status === 'failed'
                  ? text.unblockFailed
                  : state.blocked
                    ? text.cancelledBlocked
                    : text.cancelledNotBlocked,
          )}
        </p>
      ) : null}
      <div className="xm-conflict-flow__actions">
        {phase === 'cancelled' && state.blocked && unblocking.status !== 'done' && unblock
          ? button(say(text.unblock), unblocking.run, true, { 'aria-disabled': unblocking.status === 'pending' || undefined })
          : null}
        {(phase === 'idle' || phase === 'cancelled') && unblocking.status !== 'done' ? button(text.blockAndDelete, press(start)) : null}
        {phase === 'failed' ? button(messages.ui.tryAgain, press(retry)) : null}
        {phase !== 'cancelled' && (phase !== 'idle' || onCancel !== undefined)
          ? // aria-disabled, not disabled: a focused button keeps focus while a request is in flight.
            button(blockedNow ? say(text.stopKeepBlocked) : text.cancel, onCancelClick, true, { ref: cancelRef, 'aria-disabled': busy || undefined })
          : null}
        {phase === 'cancelled' && onClose ? button(text.close, onClose, true) : null}
      </div>
    </section>
  );
}
