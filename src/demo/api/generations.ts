import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { v1 } from './clients';
import type { Generation, GenerationInput, ListOf } from './types';

/** How often an unfinished generation is polled, in ms (each read moves it one step in the mock). */
export const POLL_INTERVAL_MS = 1_000;

export const generationKeys = {
  all: ['generations'] as const,
  list: () => ['generations', 'list'] as const,
  detail: (id: string) => ['generations', 'detail', id] as const,
  // Under the generations' key: a new generation spends it, and invalidates it with them.
  balance: () => ['generations', 'balance'] as const,
};

const unfinished = (generation: Generation) => generation.status !== 'succeeded';

/** `GET /v1/generations`, polled while any is unfinished. Errors are shown inline. */
export function useGenerationList() {
  return useQuery({
    queryKey: generationKeys.list(),
    queryFn: ({ signal }) => v1.get<ListOf<Generation>>('/v1/generations', { signal }),
    refetchInterval: (query) => (query.state.data?.data.some(unfinished) ? POLL_INTERVAL_MS : false),
  });
}

/** `GET /v1/generations/:id`, polled until it has succeeded. Errors are shown inline. */
export function useGeneration(id: string) {
  return useQuery({
    queryKey: generationKeys.detail(id),
    queryFn: ({ signal }) => v1.get<Generation>(`/v1/generations/${encodeURIComponent(id)}`, { signal }),
    refetchInterval: (query) => (query.state.data && unfinished(query.state.data) ? POLL_INTERVAL_MS : false),
  });
}

/**
 * `GET /v1/balance`: what the create form can spend, shown next to it. A read behind the
 * form (`background`): a failure other than the account's goes to a toast.
 */
export function useBalance() {
  return useQuery({
    queryKey: generationKeys.balance(),
    queryFn: ({ signal }) => v1.get<{ xTokens: number }>('/v1/balance', { signal }),
    meta: { xmode: { shownIn: 'background' } },
  });
}

/** The key of `POST /v1/generations`: the create form's mutation, and the one a 402 keeps. */
export const createGenerationKey = ['generations', 'create'] as const;

/** `POST /v1/generations`. Registered as the key's mutation default too (main.tsx), so "Generate again" can send it after a reload. */
export const createGeneration = (input: GenerationInput) => v1.post<Generation>('/v1/generations', input);

/** `POST /v1/generations`: spends xTokens, so its success clears the top-up banner; a 402 is kept to send again. */
export function useCreateGeneration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...createGenerationKey],
    mutationFn: createGeneration,
    // The form shows its errors (summary, fields); a 402 is kept to send again.
    meta: { xmode: { paid: true, shownIn: 'form' } },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: generationKeys.all }),
  });
}
