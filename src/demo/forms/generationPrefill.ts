import type { Generation } from '../api/types';

/** What "Re-run prompt" hands to the create form, through `history.state`. */
export interface GenerationPrefill {
  prompt: string;
  endUserEmail: string;
  imageCount: number;
  referenceImages: string[];
}

/**
 * The `history.state` that pre-fills the create form with a generation's inputs; with
 * `missing`, only that many images (the ones that could not be saved), not all again.
 */
export function rerunState(generation: Generation, missing?: number): { prefill: GenerationPrefill; rerunOf: RerunOf } {
  return {
    rerunOf: { id: generation.id, missing: missing && missing > 0 ? missing : 0 },
    prefill: {
      prompt: generation.prompt,
      endUserEmail: generation.endUserEmail,
      imageCount: missing && missing > 0 ? Math.min(missing, generation.imageCount) : generation.imageCount,
      referenceImages: [...generation.referenceImages],
    },
  };
}

/** Which generation "Re-run prompt" came from, and how many of its images were missing (0: all again). */
export interface RerunOf {
  id: string;
  missing: number;
}

/** The generation a re-run came from, if the page was opened by "Re-run prompt" (checked: state is untyped). */
export function readRerunOf(state: unknown = window.history.state): RerunOf | undefined {
  const rerunOf = typeof state === 'object' && state !== null && 'rerunOf' in state ? (state as { rerunOf: unknown }).rerunOf : undefined;
  if (typeof rerunOf !== 'object' || rerunOf === null) return undefined;
  const { id, missing } = rerunOf as Record<string, unknown>;
  return typeof id === 'string' && typeof missing === 'number' ? { id, missing } : undefined;
}

/** The prefill in `history.state`, if the page was opened by "Re-run prompt" (checked: state is untyped). */
export function readPrefill(state: unknown = window.history.state): GenerationPrefill | undefined {
  if (typeof state !== 'object' || state === null || !('prefill' in state)) return undefined;
  const prefill = (state as { prefill: unknown }).prefill;
  if (typeof prefill !== 'object' || prefill === null) return undefined;
  const { prompt, endUserEmail, imageCount, referenceImages } = prefill as Record<string, unknown>;
  return {
    prompt: typeof prompt === 'string' ? prompt : '',
    endUserEmail: typeof endUserEmail === 'string' ? endUserEmail : '',
    imageCount: typeof imageCount === 'number' ? imageCount : 1,
    referenceImages: Array.isArray(referenceImages) ? referenceImages.filter((url): url is string => typeof url === 'string') : [],
  };
}
