export { ImagePlaceholder } from './ImagePlaceholder';
export type { ImagePlaceholderProps } from './ImagePlaceholder';
export type { MissingImageReason } from './ImagePlaceholder';
