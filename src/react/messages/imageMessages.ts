import type { MessageFormat } from './messageFormat';

/**
 * Strings of the generation image grid and its placeholders. `{index}`, `{total}`,
 * `{failed}`, `{prompt}` and `{status}` are filled by `formatMessage`. An action's name
 * must contain its visible text (WCAG 2.5.3): keep "Re-run prompt" inside
 * `rerunPromptForImage` when translating.
 */
export const imageMessages = {
  rerunPrompt: 'Re-run prompt',
  rerunPromptForImage: 'Re-run prompt for image {index}',
  imageAlt: 'Image {index} of {total} for the prompt: {prompt}',
  imageAltNoPrompt: 'Generated image {index} of {total}',
  storageFailed: "This image couldn't be saved",
  storageFailedLabel: "Image {index} of {total} couldn't be saved",
  unavailable: "This image isn't available",
  unavailableLabel: "Image {index} of {total} isn't available",
  loadFailed: "This image couldn't be loaded",
  loadFailedLabel: "Image {index} of {total} couldn't be loaded",
  summarySaveFailed: ({ failed, total }: { failed: number; total: number }, f: MessageFormat) =>
    `${f.number(failed)} of ${f.number(total)} images couldn't be saved`,
  summaryUnavailable: ({ failed, total }: { failed: number; total: number }, f: MessageFormat) =>
    `${f.number(failed)} of ${f.number(total)} images aren't available`,
  summarySingleSaveFailed: "The image couldn't be saved",
  summarySingleUnavailable: "The image isn't available",
  empty: 'No images in this generation',
  gridLabel: 'Generated images',
  status: 'Status: {status}',
  statusSucceeded: 'Succeeded',
  statusQueued: 'Queued',
  statusProcessing: 'Processing',
};
