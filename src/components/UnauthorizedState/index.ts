export { UnauthorizedState } from './UnauthorizedState';
export type { UnauthorizedStateProps } from './UnauthorizedState';
