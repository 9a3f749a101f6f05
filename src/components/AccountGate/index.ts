export { AccountGate } from './AccountGate';
export type { AccountGateProps } from './AccountGate';
