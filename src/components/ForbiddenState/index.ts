export { ForbiddenState } from './ForbiddenState';
export type { ForbiddenStateProps } from './ForbiddenState';
