import { IMAGE_COST_XTOKENS, mockDb, nextId, recordBilling, type StoredGeneration } from './db';
import { buildImages } from './images';
import type { Generation } from './types';
import type { GenerationInput } from './validation';

/** A prompt or reference URL containing this is refused with 422 `content_policy`. */
export const BANNED_WORD = 'forbidden-topic';

/**
 * A prompt containing this (any case) succeeds with its last image `storage_failed`:
 * the deterministic way to reach the per-image error from the form.
 */
export const STORAGE_FAILURE_WORD = 'storage';

/**
 * Moves a generation one step: `queued` → `processing` → `succeeded` (then stays).
 * The mock has no clock: a step happens each time the generation is read (see
 * `readGeneration`, `listGenerations`), so polling drives it and tests never wait.
 */
function advance(generation: StoredGeneration): void {
  if (generation.status === 'queued') {
    generation.status = 'processing';
  } else if (generation.status === 'processing') {
    generation.status = 'succeeded';
    generation.completedAt = new Date().toISOString();
    generation.images = buildImages(generation.id, generation.imageCount, generation.failImageIndex);
  }
}

/** The public shape: a copy without the mock's bookkeeping. */
function toGeneration({ failImageIndex: _failImageIndex, ...generation }: StoredGeneration): Generation {
  return { ...generation, referenceImages: [...generation.referenceImages], images: generation.images.map((image) => ({ ...image })) };
}

/** `GET /v1/generations/:id`: the generation after one more step, or undefined. */
export function readGeneration(id: string): Generation | undefined {
  const generation = mockDb.generations.get(id);
  if (!generation) return undefined;
  advance(generation);
  return toGeneration(generation);
}

/**
 * `GET /v1/generations[?endUserEmail=]`: newest first; every listed generation moves one
 * step, so polling the list (e.g. while waiting to delete an end-user) completes them.
 */
export function listGenerations(filter: { endUserEmail?: string } = {}): Generation[] {
  const email = filter.endUserEmail?.toLowerCase();
  return [...mockDb.generations.values()]
    .filter((generation) => !email || generation.endUserEmail === email)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((generation) => {
      advance(generation);
      return toGeneration(generation);
    });
}

/**
 * Moves every unfinished generation `steps` steps without a request: for tests and
 * stories that need "later" (2 steps finish anything).
 *
 * @example
 * advanceGenerations(2); // every queued or processing generation has succeeded
 */
export function advanceGenerations(steps = 1): void {
  for (let step = 0; step < steps; step += 1) {
    for (const generation of mockDb.generations.values()) advance(generation);
  }
}

/** Accepts a valid, affordable generation: charges it and stores it as `queued`. */
export function createGeneration(input: GenerationInput): Generation {
  const cost = generationCost(input.imageCount);
  const generation: StoredGeneration = {
    id: nextId('gen'),
    status: 'queued',
    ...input,
    cost,
    createdAt: new Date().toISOString(),
    completedAt: null,
    images: [],
    failImageIndex: input.prompt.toLowerCase().includes(STORAGE_FAILURE_WORD) ? input.imageCount - 1 : -1,
  };
  mockDb.generations.set(generation.id, generation);
  recordBilling('charge', -cost, `Generation ${generation.id} (${input.imageCount} × ${IMAGE_COST_XTOKENS} xTokens)`);
  return toGeneration(generation);
}

/** xTokens a generation of `imageCount` images costs. */
export function generationCost(imageCount: number): number {
  return imageCount * IMAGE_COST_XTOKENS;
}

/** True when the prompt or a reference image URL trips the mock content filter. */
export function violatesContentPolicy(input: GenerationInput): 'prompt' | 'referenceImages' | undefined {
  if (input.prompt.toLowerCase().includes(BANNED_WORD)) return 'prompt';
  return input.referenceImages.some((url) => url.toLowerCase().includes(BANNED_WORD)) ? 'referenceImages' : undefined;
}

/**
 * The `storage_failed` scenario: finishes the generation now with its last image
 * `storage_failed` (a no-op for an unknown id or one already finished that way).
 */
export function finishWithStorageFailure(id: string): void {
  const generation = mockDb.generations.get(id);
  if (!generation) return;
  generation.failImageIndex = generation.imageCount - 1;
  generation.status = 'processing';
  advance(generation);
}
