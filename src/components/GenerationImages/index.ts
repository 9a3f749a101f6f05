export { GenerationImages } from './GenerationImages';
export type { GenerationImagesProps } from './GenerationImages';
export { parseGenerationImages, safeImageUrl, MAX_IMAGES, MAX_IMAGE_MESSAGE_LENGTH } from './parseGenerationImages';
export type { GenerationImage, ImageSlot } from './parseGenerationImages';
