import { useQuery } from '@tanstack/react-query';
import { ErrorState, RateLimitNotice, useXModeClient, useWait } from 'xmode-error-ui';

type Generation = { id: string; status: 'queued' | 'processing' | 'succeeded' | 'failed' };

export function Generations() {
  const xmode = useXModeClient();
  const wait = useWait();
  const list = useQuery({
    queryKey: ['generations'],
    queryFn: ({ signal }) => xmode.get<Generation[]>('/v1/generations', { signal }),
  });
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.isPending) return wait.active ? <RateLimitNotice /> : <p role="status">Loading generations…</p>;
  return (
    <ul>
      {list.data.map((generation) => (
        <li key={generation.id}>{`${generation.id}: ${generation.status}`}</li>
      ))}
    </ul>
  );
}
