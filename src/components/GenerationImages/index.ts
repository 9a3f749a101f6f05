export { GenerationImages } from './GenerationImages';
export type { GenerationImagesProps } from './GenerationImages';
// Caps and URL checks stay private: they are how the parser is safe, not options.
export { parseGenerationImages } from './parseGenerationImages';
export type { GenerationImage, ImageSlot } from './parseGenerationImages';
