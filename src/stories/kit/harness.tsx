import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { XModeError } from '../../core';
import { ErrorState, RetryingStatus } from '../../components';
import { SEED } from '../../mocks/db';
import type { Generation } from '../../mocks/types';
import { useStoryApi } from './storyKit';

/** Body of `POST /v1/generations`. */
export interface GenerationRequest {
  prompt: string;
  endUserEmail: string;
  imageCount: number;
  referenceImages?: string[];
}

export const SAMPLE_GENERATION: GenerationRequest = {
  prompt: 'A lighthouse at dusk, watercolor',
  endUserEmail: SEED.idleEmail,
  imageCount: 1,
};

export type GenerateMutation = UseMutationResult<Generation, XModeError, GenerationRequest>;

/** The stories' generation mutation key: a 402 keeps the request under it for "Generate again". */
export const GENERATE_MUTATION_KEY = ['story', 'generate'] as const;

/**
 * A real paid `useMutation` (`POST /v1/generations`) through the story's client. Its
 * error is shown in place on the page (`MutationOutcome`): its context is `page`.
 */
export function useGenerateMutation(): GenerateMutation {
  const api = useStoryApi();
  return useMutation<Generation, XModeError, GenerationRequest>({
    mutationKey: GENERATE_MUTATION_KEY,
    mutationFn: (body) => api.post<Generation>('/v1/generations', body),
    meta: { xmode: { paid: true, shownIn: 'page' } },
  });
}

/** What a page shows next to its submit button: a provider outage waited out, the error's state, or the result. */
export function MutationOutcome({ mutation }: { mutation: GenerateMutation }) {
  if (mutation.isError) {
    return <ErrorState error={mutation.error} headingLevel={3} />;
  }
  if (mutation.isPending) {
    return <RetryingStatus pending />;
  }
  return <p role="status">{mutation.isSuccess ? `Generation ${mutation.data.id} queued.` : ''}</p>;
}

interface GeneratePanelProps {
  request?: GenerationRequest;
  label?: string;
  /** What the page shows for the mutation; default `MutationOutcome`. */
  children?: (mutation: GenerateMutation) => ReactNode;
}

/** "Generate" sends a generation; the outcome shows below it, as on a real page. */
export function GeneratePanel({ request = SAMPLE_GENERATION, label = 'Generate', children }: GeneratePanelProps) {
  const mutation = useGenerateMutation();
  return (
    <div className="xm-story-stack">
      <p>
        <button type="button" className="xm-button" onClick={() => mutation.mutate(request)}>
          {label}
        </button>
      </p>
      {children ? children(mutation) : <MutationOutcome mutation={mutation} />}
    </div>
  );
}
