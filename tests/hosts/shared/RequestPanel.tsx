'use client';
// A failing query in every host: GET /v1/requests/req_missing answers 404 `not_found`
// (never retried, no toast), so the module's inline state must replace the content.
import { useQuery } from '@tanstack/react-query';
import { ErrorState, useXModeClient } from 'xmode-error-ui';

export const MISSING_REQUEST_ID = 'req_missing';

export function RequestPanel() {
  const api = useXModeClient();
  const request = useQuery({
    queryKey: ['request', MISSING_REQUEST_ID],
    queryFn: ({ signal }) => api.get<{ id: string; status: string }>(`/v1/requests/${MISSING_REQUEST_ID}`, { signal }),
  });
  return (
    <section aria-label="Request">
      {request.isPending ? <p role="status">Loading request…</p> : null}
      {request.data ? <p>Request {request.data.id}: {request.data.status}</p> : null}
      <ErrorState
        error={request.error}
        resource={{ kind: 'request', id: MISSING_REQUEST_ID }}
        onRetry={() => void request.refetch()}
      />
    </section>
  );
}
