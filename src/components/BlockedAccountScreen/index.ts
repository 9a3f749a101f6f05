export { BlockedAccountScreen } from './BlockedAccountScreen';
export type { BlockedAccountScreenProps } from './BlockedAccountScreen';
