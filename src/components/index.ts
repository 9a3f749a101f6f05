// The components' public API (part of the main entry): one designed, accessible state per
// code, the conflict flow, the image grid and the form parts. Each folder's index lists what
// it exports; StatePanel's building blocks stay private but for two prop types.
export * from './AccountGate';
export * from './BlockedAccountScreen';
export * from './ConflictFlow';
export * from './ContentPolicyNotice';
export * from './ErrorState';
export * from './ErrorSummary';
export * from './FieldError';
export * from './ForbiddenState';
export * from './GenerationImages';
export * from './ImagePlaceholder';
export * from './NotFoundState';
export * from './OfflineBanner';
export * from './RateLimitNotice';
export * from './RetryingStatus';
export * from './ServerErrorState';
export * from './SubmitButton';
export * from './TopUpBanner';
export * from './UnauthorizedState';
export type { HeadingLevel, StateLayoutProps } from './StatePanel';
