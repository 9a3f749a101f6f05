// The components' public API (part of the main entry): one designed, accessible state per
// code, and the form parts. Their building blocks (StatePanel and its primitives) stay private.
export { AccountGate } from './AccountGate';
export type { AccountGateProps } from './AccountGate';
export { BlockedAccountScreen } from './BlockedAccountScreen';
export type { BlockedAccountScreenProps } from './BlockedAccountScreen';
export { ContentPolicyNotice } from './ContentPolicyNotice';
export type { ContentPolicyNoticeProps } from './ContentPolicyNotice';
export { ErrorState } from './ErrorState';
export type { ErrorStateProps } from './ErrorState';
export { ForbiddenState } from './ForbiddenState';
export type { ForbiddenStateProps } from './ForbiddenState';
export { NotFoundState } from './NotFoundState';
export type { MissingResource, NotFoundStateProps } from './NotFoundState';
export { OfflineBanner } from './OfflineBanner';
export type { OfflineBannerProps } from './OfflineBanner';
export { RateLimitNotice } from './RateLimitNotice';
export type { RateLimitNoticeProps } from './RateLimitNotice';
export { RetryingStatus } from './RetryingStatus';
export type { RetryingStatusProps } from './RetryingStatus';
export { ServerErrorState } from './ServerErrorState';
export type { ServerErrorStateProps } from './ServerErrorState';
export { TopUpBanner } from './TopUpBanner';
export type { TopUpBannerProps } from './TopUpBanner';
export { UnauthorizedState } from './UnauthorizedState';
export type { UnauthorizedStateProps } from './UnauthorizedState';
// StatePanel's parts stay internal; only the heading-level type is part of the props.
export type { HeadingLevel, StateLayoutProps } from './StatePanel';
// The guided conflict flow and the image grid of a succeeded generation.
export { ConflictFlow, useConflictFlow } from './ConflictFlow';
export type {
  ConflictFlowController,
  ConflictFlowEvent,
  ConflictFlowPhase,
  ConflictFlowProps,
  ConflictFlowRequests,
  ConflictFlowState,
  ConflictFlowStep,
  UseConflictFlowOptions,
} from './ConflictFlow';
export { GenerationImages, parseGenerationImages } from './GenerationImages';
export type { GenerationImage, GenerationImagesProps, ImageSlot } from './GenerationImages';
export { ImagePlaceholder } from './ImagePlaceholder';
export type { ImagePlaceholderProps, MissingImageReason } from './ImagePlaceholder';
// Form parts: GOV.UK error summary, field message, cooldown-aware submit.
export { ErrorSummary } from './ErrorSummary';
export type { ErrorSummaryProps } from './ErrorSummary';
export { FieldError } from './FieldError';
export type { FieldErrorProps } from './FieldError';
export { SubmitButton } from './SubmitButton';
export type { SubmitButtonProps } from './SubmitButton';
