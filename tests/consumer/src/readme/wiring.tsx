import { useQuery } from '@tanstack/react-query';
import { ErrorState, RateLimitNotice, RetryingStatus, useXModeClient } from 'xmode-error-ui';
import type { Generation } from './mutation';

/** A list that says why it is slow while React Query retries, and what failed after. */
export function Generations() {
  const xmode = useXModeClient();
  const list = useQuery({
    queryKey: ['generations'],
    queryFn: ({ signal }) => xmode.get<Generation[]>('/v1/generations', { signal }),
  });
  const reason = list.error ?? list.failureReason;
  if (reason?.code === 'rate_limited') return <RateLimitNotice error={reason} onRetry={() => void list.refetch()} />;
  if (reason?.code === 'provider_timeout' || reason?.code === 'provider_error') {
    return <RetryingStatus error={reason} failureCount={list.failureCount} final={list.isError} onRetry={() => void list.refetch()} />;
  }
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.isPending) return <p role="status">Loading generations…</p>;
  return (
    <ul>
      {list.data.map((generation) => (
        <li key={generation.id}>{generation.status}</li>
      ))}
    </ul>
  );
}
