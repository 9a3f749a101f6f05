// The module's building blocks, shared by every state and part: links that move
// client-side, the one support link, headings at the host's level, focus and title hooks.
// Internal: not re-exported from src/components (hosts compose the named states; these
// would freeze layout details into the API). Their look is src/base.css (`.xm-button`,
// `.xm-link`, `.xm-visually-hidden`).
export { DashboardLink } from './DashboardLink';
export type { DashboardLinkProps } from './DashboardLink';
export { Heading, DEFAULT_HEADING_LEVEL } from './Heading';
export type { HeadingLevel } from './Heading';
export { classNames } from './classNames';
export { useDocumentTitlePrefix } from './useDocumentTitlePrefix';
export { useFocusHandoff } from './useFocusHandoff';
export { RequestIdLine } from './RequestIdLine';
export { SupportLink } from './SupportLink';
