import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { v1 } from './clients';
import type { EndUser, Generation, ListOf } from './types';

export const endUserKeys = { list: () => ['end-users', 'list'] as const };

const path = (email: string) => `/v1/end-users/${encodeURIComponent(email)}`;

/** `GET /v1/end-users`. Errors are shown inline. */
export function useEndUserList() {
  return useQuery({
    queryKey: endUserKeys.list(),
    queryFn: ({ signal }) => v1.get<ListOf<EndUser>>('/v1/end-users', { signal }),
  });
}

/** `POST /v1/end-users`. Field errors go to the form. */
export function useAddEndUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => v1.post<EndUser>('/v1/end-users', { email }),
    meta: { xmode: { shownIn: 'form' } },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: endUserKeys.list() }),
  });
}

/** Plain calls for the block / delete flow (the conflict flow drives its own steps). */
export const endUserApi = {
  block: (email: string, signal?: AbortSignal) => v1.post<{ email: string; blocked: true }>(`${path(email)}/block`, undefined, { signal }),
  unblock: (email: string, signal?: AbortSignal) => v1.post<{ email: string; blocked: false }>(`${path(email)}/unblock`, undefined, { signal }),
  remove: (email: string, signal?: AbortSignal) => v1.delete<void>(path(email), { signal }),
  /** Queued or processing generations of one end-user (each read moves them on in the mock). */
  activeGenerations: async (email: string, signal?: AbortSignal) => {
    const list = await v1.get<ListOf<Generation>>('/v1/generations', { query: { endUserEmail: email }, signal });
    return list.data.filter((generation) => generation.status !== 'succeeded').length;
  },
};

/** `POST /v1/end-users/:email/block`. */
export function useBlockEndUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => endUserApi.block(email),
    meta: { xmode: { shownIn: 'page' } },
    onSettled: () => queryClient.invalidateQueries({ queryKey: endUserKeys.list() }),
  });
}

/** `DELETE /v1/end-users/:email`. A 409 opens the conflict flow on the row. */
export function useDeleteEndUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => endUserApi.remove(email),
    meta: { xmode: { shownIn: 'page' } },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: endUserKeys.list() }),
  });
}
