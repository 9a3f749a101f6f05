import { useMutation } from '@tanstack/react-query';
import type { XModeError } from '../../core';
import { ConflictFlow, ErrorState } from '../../components';
import type { Generation } from '../../mocks/types';
import { useStoryApi } from './storyKit';

interface DeleteEndUserProps {
  email: string;
  /** Wait between two checks of the running generations, in ms. */
  pollIntervalMs?: number;
}

/**
 * An end-user row with Delete, as the demo's end-users page has it: a `409 conflict`
 * opens the guided flow (block, wait, delete) with the story's client; anything else
 * shows its state in place.
 */
export function DeleteEndUser({ email, pollIntervalMs }: DeleteEndUserProps) {
  const api = useStoryApi();
  const path = `/v1/end-users/${encodeURIComponent(email)}`;
  const remove = useMutation<unknown, XModeError>({ mutationFn: () => api.delete(path) });

  if (remove.error?.code === 'conflict') {
    return (
      <ConflictFlow
        email={email}
        headingLevel={3}
        pollIntervalMs={pollIntervalMs}
        block={(signal) => api.post(`${path}/block`, undefined, { signal })}
        countRunning={async (signal) => {
          const { data } = await api.get<{ data: Generation[] }>('/v1/generations', { query: { endUserEmail: email }, signal });
          return data.filter((generation) => generation.status !== 'succeeded').length;
        }}
        remove={(signal) => api.delete(path, { signal })}
        // Cancel before anything was done closes the flow; later, its result stays on screen.
        onCancel={({ blocked }) => {
          if (!blocked) remove.reset();
        }}
      />
    );
  }
  return (
    <div className="xm-story-stack">
      <p>
        {email}{' '}
        <button type="button" className="xm-button" onClick={() => remove.mutate()}>
          Delete {email}
        </button>
      </p>
      <p role="status">{remove.isSuccess ? `${email} has been deleted.` : ''}</p>
      {remove.isError ? <ErrorState error={remove.error} headingLevel={3} /> : null}
    </div>
  );
}
