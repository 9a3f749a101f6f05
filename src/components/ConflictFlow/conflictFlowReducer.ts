import { errorCatalog, type XModeError } from '../../core';

/** Consecutive failed checks (`countRunning`) tolerated, with backoff, before the flow stops and offers "Try again". */
export const MAX_CHECK_FAILURES = 4;

/** `409 conflict` answers to the delete after a check said nothing was running, before the flow stops. */
export const MAX_DELETE_CONFLICTS = 3;

/** Longest wait between two checks while backing off, in ms. */
export const MAX_CHECK_BACKOFF_MS = 30_000;

/** Default wait between two checks of the end-user's running generations, in ms. */
export const DEFAULT_POLL_INTERVAL_MS = 2_000;

/** Shortest wait between two checks, in ms: a `pollIntervalMs` of 0 must not hammer the API. */
export const MIN_POLL_INTERVAL_MS = 250;

/** The step a failure happened in. */
export type ConflictFlowStep = 'block' | 'check' | 'delete';

/**
 * Where the flow is. `blocked` says whether the end-user is known to be blocked (what a
 * cancelled or failed flow must tell the user).
 * - `idle`: the conflict is explained; nothing has been sent yet.
 * - `blocking`: the block request is in flight.
 * - `waiting`: blocked; the next check runs `now` or `later` (after the poll interval,
 *   longer while `failures` > 0). `running` is the last count, `null` before the first.
 * - `deleting`: nothing was running; the delete is in flight.
 * - `deleted`: done (also when the delete answered 404: someone else deleted them).
 * - `cancelled`: the user stopped the flow; no delete is sent.
 * - `failed`: a step failed for good; "Try again" resumes at that step.
 */
export type ConflictFlowState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'blocking' }
  | {
      readonly phase: 'waiting';
      readonly running: number | null;
      readonly due: 'now' | 'later';
      readonly failures: number;
      readonly conflicts: number;
    }
  | { readonly phase: 'deleting'; readonly conflicts: number }
  | { readonly phase: 'deleted' }
  | { readonly phase: 'cancelled'; readonly blocked: boolean }
  | {
      readonly phase: 'failed';
      readonly step: ConflictFlowStep;
      readonly error: XModeError;
      readonly blocked: boolean;
    };

/** The step a conflict flow is in. */
export type ConflictFlowPhase = ConflictFlowState['phase'];

/** What happened: a user action or the result of a request (errors already normalized). */
export type ConflictFlowEvent =
  | { readonly type: 'start' }
  | { readonly type: 'retry' }
  | { readonly type: 'cancel' }
  | { readonly type: 'blocked' }
  | { readonly type: 'blockFailed'; readonly error: XModeError }
  | { readonly type: 'counted'; readonly running: number }
  | { readonly type: 'countFailed'; readonly error: XModeError }
  | { readonly type: 'removed' }
  | { readonly type: 'removeFailed'; readonly error: XModeError };

/** A flow that has not started. */
export const initialConflictFlowState: ConflictFlowState = { phase: 'idle' };

const checkNow = (conflicts = 0): ConflictFlowState => ({ phase: 'waiting', running: null, due: 'now', failures: 0, conflicts });

/**
 * The conflict flow as a pure state machine: block → check until nothing runs → delete.
 * Events that do not apply to the current phase (a late answer after Cancel, a double
 * click) return the same state object, so nothing re-renders and no step restarts.
 *
 * Decisions:
 * - a `409 conflict` on block means "already blocked": done, go on;
 * - a count ≤ 0 goes straight to the delete (also on the first check: if the
 *   generations finished meanwhile, no poll interval is waited);
 * - a check that fails with a retryable error (offline, 5xx) is retried with backoff,
 *   up to `MAX_CHECK_FAILURES` in a row; a non-retryable one (401, 403, 404) fails at once;
 * - a `404` on delete means "already deleted": success;
 * - a `409` on delete (a generation the count did not see yet) goes back to waiting,
 *   up to `MAX_DELETE_CONFLICTS` times;
 * - Cancel is honoured only while waiting or failed, never while the block or the
 *   delete is in flight, so the result the user reads is never a guess.
 */
export function conflictFlowReducer(state: ConflictFlowState, event: ConflictFlowEvent): ConflictFlowState {
  switch (event.type) {
    case 'start':
      return state.phase === 'idle' || state.phase === 'cancelled' ? { phase: 'blocking' } : state;
    case 'retry':
      if (state.phase !== 'failed') return state;
      if (state.step === 'block') return { phase: 'blocking' };
      return state.step === 'check' ? checkNow() : { phase: 'deleting', conflicts: 0 };
    case 'cancel':
      return state.phase === 'waiting' || state.phase === 'failed'
        ? { phase: 'cancelled', blocked: state.phase === 'waiting' || state.blocked }
        : state;
    case 'blocked':
      return state.phase === 'blocking' ? checkNow() : state;
    case 'blockFailed':
      if (state.phase !== 'blocking') return state;
      return event.error.code === 'conflict' ? checkNow() : { phase: 'failed', step: 'block', error: event.error, blocked: false };
    case 'counted':
      if (state.phase !== 'waiting') return state;
      return event.running > 0
        ? { phase: 'waiting', running: event.running, due: 'later', failures: 0, conflicts: state.conflicts }
        : { phase: 'deleting', conflicts: state.conflicts };
    case 'countFailed': {
      if (state.phase !== 'waiting') return state;
      const failures = state.failures + 1;
      if (errorCatalog[event.error.code].retry.kind === 'never' || failures >= MAX_CHECK_FAILURES) {
        return { phase: 'failed', step: 'check', error: event.error, blocked: true };
      }
      return { ...state, due: 'later', failures };
    }
    case 'removed':
      return state.phase === 'deleting' ? { phase: 'deleted' } : state;
    case 'removeFailed': {
      if (state.phase !== 'deleting') return state;
      if (event.error.code === 'not_found') return { phase: 'deleted' };
      const conflicts = state.conflicts + 1;
      if (event.error.code === 'conflict' && conflicts < MAX_DELETE_CONFLICTS) {
        return { phase: 'waiting', running: null, due: 'later', failures: 0, conflicts };
      }
      return { phase: 'failed', step: 'delete', error: event.error, blocked: true };
    }
  }
}

/**
 * Wait before the next check, in ms: 0 when due now, else the poll interval (at least
 * `MIN_POLL_INTERVAL_MS`; the default when not a finite number), doubled per failed
 * check in a row, at most `MAX_CHECK_BACKOFF_MS` (or the interval, when longer).
 */
export function checkDelayMs(state: Extract<ConflictFlowState, { phase: 'waiting' }>, pollIntervalMs = DEFAULT_POLL_INTERVAL_MS): number {
  if (state.due === 'now') return 0;
  const base = Number.isFinite(pollIntervalMs) ? Math.max(MIN_POLL_INTERVAL_MS, pollIntervalMs) : DEFAULT_POLL_INTERVAL_MS;
  return state.failures === 0 ? base : Math.min(base * 2 ** state.failures, Math.max(base, MAX_CHECK_BACKOFF_MS));
}
