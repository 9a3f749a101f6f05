export { RetryingStatus } from './RetryingStatus';
export type { RetryingStatusProps } from './RetryingStatus';
