import { useMutation, useQuery, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { XModeError } from '../../core';
import type { XModeMeta } from '../../react';
import { SEED } from '../../mocks/db';
import type { Generation } from '../../mocks/types';
import { useStoryApi } from './storyKit';

interface QueryHarnessProps<T> {
  /** API path, e.g. `/v1/generations`. */
  path: string;
  /** What the page shows for the query, error included. */
  children: (query: UseQueryResult<T, XModeError>) => ReactNode;
  meta?: { xmode?: XModeMeta };
  retry?: boolean | number;
}

/** A real `useQuery` against the mock API through the story's client, as a page would. */
export function QueryHarness<T>({ path, children, meta, retry }: QueryHarnessProps<T>) {
  const api = useStoryApi();
  const query = useQuery<T, XModeError>({
    queryKey: ['story', path],
    queryFn: ({ signal }) => api.get<T>(path, { signal }),
    meta,
    ...(retry === undefined ? {} : { retry }),
  });
  return <>{children(query)}</>;
}

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

/** A real paid `useMutation` (`POST /v1/generations`) through the story's client. */
export function useGenerateMutation(): UseMutationResult<Generation, XModeError, GenerationRequest> {
  const api = useStoryApi();
  return useMutation<Generation, XModeError, GenerationRequest>({
    mutationFn: (body) => api.post<Generation>('/v1/generations', body),
    meta: { xmode: { paid: true } },
  });
}

interface GenerateButtonProps {
  request?: GenerationRequest;
  label?: string;
  children?: (mutation: UseMutationResult<Generation, XModeError, GenerationRequest>) => ReactNode;
}

/** "Generate" sends a sample generation; `children` shows what the page shows. */
export function GenerateButton({ request = SAMPLE_GENERATION, label = 'Generate', children }: GenerateButtonProps) {
  const mutation = useGenerateMutation();
  return (
    <div className="xm-story-stack">
      <p>
        <button type="button" className="xm-button" onClick={() => mutation.mutate(request)}>
          {label}
        </button>
      </p>
      {mutation.isSuccess ? <p role="status">Generation {mutation.data.id} queued.</p> : null}
      {children?.(mutation)}
    </div>
  );
}
