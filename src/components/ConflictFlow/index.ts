export { ConflictFlow } from './ConflictFlow';
export type { ConflictFlowProps } from './ConflictFlow';
export { useConflictFlow } from './useConflictFlow';
export type { ConflictFlowController, ConflictFlowRequests, UseConflictFlowOptions } from './useConflictFlow';
// The reducer, its timing constants and backoff stay private: the flow's steps are the contract.
export type { ConflictFlowEvent, ConflictFlowPhase, ConflictFlowState, ConflictFlowStep } from './conflictFlowReducer';
