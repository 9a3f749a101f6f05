// Internal: not exported from src/components.
export { LiveRegion } from './LiveRegion';
export type { LiveRegionProps } from './LiveRegion';
