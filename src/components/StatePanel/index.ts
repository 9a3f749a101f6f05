// The panel every heading-led state is drawn with. Internal: not re-exported from
// src/components; its parts are in ../primitives.
export { StatePanel } from './StatePanel';
export type { StateLayoutProps, StatePanelProps } from './StatePanel';
