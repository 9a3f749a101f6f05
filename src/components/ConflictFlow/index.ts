export { ConflictFlow } from './ConflictFlow';
export type { ConflictFlowProps } from './ConflictFlow';
export { useConflictFlow } from './useConflictFlow';
export type { ConflictFlowController, ConflictFlowRequests, UseConflictFlowOptions } from './useConflictFlow';
export {
  conflictFlowReducer,
  checkDelayMs,
  initialConflictFlowState,
  DEFAULT_POLL_INTERVAL_MS,
  MIN_POLL_INTERVAL_MS,
  MAX_CHECK_BACKOFF_MS,
  MAX_CHECK_FAILURES,
  MAX_DELETE_CONFLICTS,
} from './conflictFlowReducer';
export type { ConflictFlowEvent, ConflictFlowPhase, ConflictFlowState, ConflictFlowStep } from './conflictFlowReducer';
