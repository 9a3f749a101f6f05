import { isRecord } from '../core/isRecord';
/** Longest prompt, in characters. */
export const MAX_PROMPT_LENGTH = 1000;
/** Images per generation, inclusive range. */
export const MIN_IMAGE_COUNT = 1;
export const MAX_IMAGE_COUNT = 4;
/** Most reference images per generation. */
export const MAX_REFERENCE_IMAGES = 4;
/** Top-up range, in xTokens, inclusive. */
export const MIN_TOP_UP = 10;
export const MAX_TOP_UP = 10_000;

// Pragmatic, like most APIs: one @, no spaces, a dot in the domain.
const EMAIL = /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/;
const MAX_EMAIL_LENGTH = 254;

/** A valid `POST /v1/generations` body. */
export interface GenerationInput {
  prompt: string;
  referenceImages: string[];
  endUserEmail: string;
  imageCount: number;
}

/** Either the valid value or the field messages (`path → message`) of a 400. */
export type Validated<T> = { ok: true; value: T } | { ok: false; fields: Record<string, string> };

/** True for a plausible email address (what the mock's 400s call "a valid email address"). */
export function isEmail(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value);
}

/** Checks a `POST /v1/generations` body; every problem gets its field (`referenceImages.2`). */
export function validateGeneration(body: unknown): Validated<GenerationInput> {
  const input = isRecord(body) ? body : {};
  const fields: Record<string, string> = {};
  const { prompt, endUserEmail, imageCount, referenceImages = [] } = input;

  if (typeof prompt !== 'string' || prompt.trim() === '') fields.prompt = 'is required';
  else if (prompt.length > MAX_PROMPT_LENGTH) fields.prompt = `must be at most ${MAX_PROMPT_LENGTH} characters`;

  if (endUserEmail === undefined || endUserEmail === '') fields.endUserEmail = 'is required';
  else if (!isEmail(endUserEmail)) fields.endUserEmail = 'must be a valid email address';

  if (imageCount === undefined) fields.imageCount = 'is required';
  else if (!Number.isInteger(imageCount) || Number(imageCount) < MIN_IMAGE_COUNT || Number(imageCount) > MAX_IMAGE_COUNT) {
    fields.imageCount = `must be an integer between ${MIN_IMAGE_COUNT} and ${MAX_IMAGE_COUNT}`;
  }

  if (!Array.isArray(referenceImages)) fields.referenceImages = 'must be a list of image URLs';
  else if (referenceImages.length > MAX_REFERENCE_IMAGES) {
    fields.referenceImages = `must contain at most ${MAX_REFERENCE_IMAGES} images`;
  } else {
    referenceImages.forEach((url: unknown, index) => {
      if (!isImageUrl(url)) fields[`referenceImages.${index}`] = 'must be an http(s) or data:image URL';
    });
  }

  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return {
    ok: true,
    value: {
      prompt: String(prompt),
      endUserEmail: String(endUserEmail).toLowerCase(),
      imageCount: Number(imageCount),
      referenceImages: (referenceImages as string[]).slice(),
    },
  };
}

/** Checks a `POST /dashboard/billing/top-up` body. */
export function validateTopUp(body: unknown): Validated<number> {
  const amount = isRecord(body) ? body.amount : undefined;
  if (amount === undefined) return { ok: false, fields: { amount: 'is required' } };
  if (!Number.isInteger(amount) || Number(amount) < MIN_TOP_UP || Number(amount) > MAX_TOP_UP) {
    return { ok: false, fields: { amount: `must be an integer between ${MIN_TOP_UP} and ${MAX_TOP_UP}` } };
  }
  return { ok: true, value: Number(amount) };
}

/** The reference's message style for a 400: `endUserEmail must be a valid email address`. */
export function validationMessage(fields: Record<string, string>): string {
  const entries = Object.entries(fields);
  const [first] = entries;
  if (!first) return 'The request body did not pass validation.';
  const more = entries.length - 1;
  return `${first[0]} ${first[1]}${more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : ''}`;
}

/** What `readJson` gives for a body that is not JSON. */
export const INVALID_JSON: unique symbol = Symbol('invalid JSON');

/** The parsed JSON body, `undefined` when empty, `INVALID_JSON` when unparseable. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return INVALID_JSON;
  }
}

/** A JSON object (not null, not a list). */

function isImageUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (value.startsWith('data:image/')) return true;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
