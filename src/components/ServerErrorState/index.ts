export { ServerErrorState } from './ServerErrorState';
export type { ServerErrorStateProps } from './ServerErrorState';
