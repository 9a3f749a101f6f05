// Internal building blocks of the error states. Not re-exported from src/components:
// hosts compose the named states; these would freeze layout details into the API.
export { StatePanel } from './StatePanel';
export type { StateLayoutProps, StatePanelProps } from './StatePanel';
export { ServerDetail } from './ServerDetail';
export { DashboardLink } from './DashboardLink';
export { Heading, DEFAULT_HEADING_LEVEL } from './Heading';
export type { HeadingLevel } from './Heading';
export { classNames } from './classNames';
export { formatParts } from './formatParts';
export { serverText } from './serverText';
export { useDocumentTitlePrefix } from './useDocumentTitlePrefix';
export { useFocusOnMount } from './useFocusOnMount';
