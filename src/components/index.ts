// The components' public API (part of the main entry): the provider, one designed,
// accessible state per code, the conflict flow, the image grid and the form parts. Props
// types are not listed: `ComponentProps<typeof TopUpBanner>` names any of them.
export { XModeErrorProvider } from './XModeErrorProvider/XModeErrorProvider';
export type { XModeErrorProviderProps } from './XModeErrorProvider/XModeErrorProvider';
export { AccountGate } from './AccountGate';
export { BlockedAccountScreen } from './BlockedAccountScreen';
export { ConflictFlow, useConflictFlow } from './ConflictFlow';
export type { ConflictFlowRequests } from './ConflictFlow';
export { ContentPolicyNotice } from './ContentPolicyNotice';
export { ErrorState } from './ErrorState';
export { ErrorSummary } from './ErrorSummary';
export { FieldError } from './FieldError';
export { ForbiddenState } from './ForbiddenState';
export { GenerationImages, parseGenerationImages } from './GenerationImages';
export type { GenerationImage } from './GenerationImages';
export { ImagePlaceholder } from './ImagePlaceholder';
export { NotFoundState } from './NotFoundState';
export { OfflineBanner } from './OfflineBanner';
export { RateLimitNotice } from './RateLimitNotice';
export { RetryingStatus } from './RetryingStatus';
export { ServerErrorState } from './ServerErrorState';
export { SubmitButton } from './SubmitButton';
export { TopUpBanner } from './TopUpBanner';
export { UnauthorizedState } from './UnauthorizedState';
