export { NotFoundState } from './NotFoundState';
export type { MissingResource, NotFoundStateProps } from './NotFoundState';
