'use client';

import { useEffect, useRef, useState } from 'react';
import type { ConflictFlowPhase } from './conflictFlowReducer';

/** Where an Unblock after Cancel is. */
export type UnblockStatus = 'idle' | 'pending' | 'done' | 'failed';

/** Runs the host's `unblock` once per press (aborted on unmount or when the flow restarts). */
export function useUnblock(unblock: ((signal: AbortSignal) => Promise<unknown>) | undefined, phase: ConflictFlowPhase) {
  const [status, setStatus] = useState<UnblockStatus>('idle');
  const controller = useRef<AbortController | null>(null);
  // A flow started again forgets the last unblock.
  const [seenPhase, setSeenPhase] = useState(phase);
  if (phase !== seenPhase) {
    setSeenPhase(phase);
    if (phase !== 'cancelled') setStatus('idle');
  }
  // Aborted when the flow leaves `cancelled` (started again: its late answer must not
  // speak for the new run) and on unmount.
  useEffect(() => {
    if (phase !== 'cancelled') controller.current?.abort();
  }, [phase]);
  useEffect(() => () => controller.current?.abort(), []);
  const run = () => {
    if (!unblock || status === 'pending') return;
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setStatus('pending');
    Promise.resolve()
      .then(() => unblock(current.signal))
      .then(
        () => !current.signal.aborted && setStatus('done'),
        () => !current.signal.aborted && setStatus('failed'),
      );
  };
  return { status, run };
}
