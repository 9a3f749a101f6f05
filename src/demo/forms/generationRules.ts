/** Longest prompt the API accepts, in characters. */
export const MAX_PROMPT_LENGTH = 1000;
/** Images per generation, inclusive. */
export const MIN_IMAGES = 1;
export const MAX_IMAGES = 4;
/** Most reference images per generation. */
export const MAX_REFERENCE_IMAGES = 4;
/** xTokens one image costs (the API's price list). */
export const IMAGE_COST_XTOKENS = 10;

// Pragmatic, like the API: one @, no spaces, a dot in the domain.
const EMAIL = /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/;

/** The create form's values: reference images as objects, as `useFieldArray` needs. */
export interface GenerationFormValues {
  prompt: string;
  referenceImages: Array<{ url: string }>;
  endUserEmail: string;
  imageCount: number;
}

/** Client-side checks, in the GOV.UK style: what to do, not what is wrong. */
export const generationRules = {
  prompt: {
    validate: (value: string) => value.trim() !== '' || 'Enter a prompt that describes the image',
    maxLength: { value: MAX_PROMPT_LENGTH, message: `Prompt must be ${MAX_PROMPT_LENGTH} characters or fewer` },
  },
  endUserEmail: {
    required: "Enter the end-user's email address",
    pattern: { value: EMAIL, message: 'Enter an email address in the correct format, like name@example.com' },
  },
  imageCount: {
    valueAsNumber: true,
    validate: (value: number) =>
      (Number.isInteger(value) && value >= MIN_IMAGES && value <= MAX_IMAGES) ||
      `Enter a number of images from ${MIN_IMAGES} to ${MAX_IMAGES}`,
  },
  referenceUrl: {
    validate: (value: string) => isWebAddress(value) || 'Enter the web address of the image, like https://example.com/cat.png, or remove it',
  },
};

function isWebAddress(value: string): boolean {
  try {
    const { protocol } = new URL(value.trim());
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Labels that start the server's fragment messages ("must be a valid email address"). */
export const generationLabels = {
  prompt: 'Prompt',
  endUserEmail: "End-user's email",
  imageCount: 'Number of images',
  referenceImages: 'Reference images',
  'referenceImages.*.url': 'Reference image {n}',
};

/** The API's `referenceImages.2` is the form's `referenceImages.2.url`. */
export const generationFieldMap = { 'referenceImages.*': 'referenceImages.*.url' };
