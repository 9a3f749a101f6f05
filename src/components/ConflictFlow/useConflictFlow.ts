'use client';

import { useCallback, useEffect, useReducer, useRef } from 'react';
import { XModeError, toXModeError } from '../../core';
import { useIsomorphicLayoutEffect } from '../../react/useIsomorphicLayoutEffect';
import {
  checkDelayMs,
  conflictFlowReducer,
  initialConflictFlowState,
  type ConflictFlowEvent,
  type ConflictFlowState,
} from './conflictFlowReducer';

/**
 * The three requests of the flow, transport-agnostic. Each gets an `AbortSignal` that
 * aborts when the step is left (Cancel) or the component unmounts; pass it to `fetch`.
 * Throw anything on failure: it is normalized with `toXModeError`.
 */
export interface ConflictFlowRequests {
  /** Blocks the end-user. May be repeated (the API's block is idempotent); a `409` counts as already blocked. */
  block: (signal: AbortSignal) => Promise<unknown>;
  /** How many of the end-user's generations are queued or processing. */
  countRunning: (signal: AbortSignal) => Promise<number>;
  /** Deletes the end-user. A `404` counts as already deleted. */
  remove: (signal: AbortSignal) => Promise<unknown>;
}

/** Settings of `useConflictFlow` (and the props `<ConflictFlow>` shares with it). */
export interface UseConflictFlowOptions extends ConflictFlowRequests {
  /** Called once, after the delete succeeded (or found the end-user already gone). */
  onDeleted?: () => void;
  /** Wait between checks, in ms (at least 250); doubled per failed check in a row (≤ 30 s). Default 2 000. */
  pollIntervalMs?: number;
}

/** What `useConflictFlow` returns: the state and the actions. */
export interface ConflictFlowController {
  state: ConflictFlowState;
  /** Block, wait, delete. From `idle` or `cancelled`; ignored otherwise. */
  start: () => void;
  /** Resume at the step that failed. */
  retry: () => void;
  /** Stop waiting: no delete is sent. Ignored while the block or the delete is in flight. */
  cancel: () => void;
}

/**
 * Runs `conflictFlowReducer`: each state that needs a request starts it in an effect,
 * with its own `AbortController`; leaving the state (or unmounting) aborts the request
 * and clears the poll timer, and a late answer is dropped, so nothing is sent and no
 * state is set after unmount or Cancel. The request functions may change identity on
 * every render: the latest ones are used and no step restarts because of it.
 */
export function useConflictFlow(options: UseConflictFlowOptions): ConflictFlowController {
  const [state, dispatch] = useReducer(conflictFlowReducer, initialConflictFlowState);
  const latest = useRef(options);
  useIsomorphicLayoutEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const send = (event: ConflictFlowEvent) => {
      if (!signal.aborted) dispatch(event);
    };
    const run = (request: (signal: AbortSignal) => Promise<unknown>, onDone: (value: unknown) => void, onError: (error: XModeError) => void) => {
      // `then` first: a request that throws synchronously still lands in onError.
      Promise.resolve()
        .then(() => (signal.aborted ? undefined : request(signal)))
        .then(
          (value) => {
            if (!signal.aborted) onDone(value);
          },
          (thrown: unknown) => {
            if (!signal.aborted) onError(toXModeError(thrown));
          },
        );
    };

    if (state.phase === 'blocking') {
      run(latest.current.block, () => send({ type: 'blocked' }), (error) => send({ type: 'blockFailed', error }));
    } else if (state.phase === 'waiting') {
      const check = () =>
        run(
          latest.current.countRunning,
          (value) => send(countedEvent(value)),
          (error) => send({ type: 'countFailed', error }),
        );
      const delay = checkDelayMs(state, latest.current.pollIntervalMs);
      if (delay > 0) timer = setTimeout(check, delay);
      else check();
    } else if (state.phase === 'deleting') {
      run(latest.current.remove, () => send({ type: 'removed' }), (error) => send({ type: 'removeFailed', error }));
    } else if (state.phase === 'deleted') {
      // Reached once per flow (the reducer never leaves it), so the host hears it once.
      latest.current.onDeleted?.();
    }
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [state]);

  const start = useCallback(() => dispatch({ type: 'start' }), []);
  const retry = useCallback(() => dispatch({ type: 'retry' }), []);
  const cancel = useCallback(() => dispatch({ type: 'cancel' }), []);
  return { state, start, retry, cancel };
}

/** A count as the reducer needs it; anything but a finite number is a failed check. */
function countedEvent(value: unknown): ConflictFlowEvent {
  if (typeof value === 'number' && Number.isFinite(value)) return { type: 'counted', running: Math.max(0, Math.ceil(value)) };
  return {
    type: 'countFailed',
    error: new XModeError({ code: 'unexpected_response', status: 0, message: 'countRunning did not resolve to a number' }),
  };
}
