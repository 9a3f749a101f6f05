import { v1 } from '../api/clients';

export interface LoadingStatusProps {
  /** What is loading, e.g. "generations". */
  what: string;
  /** React Query's `failureCount` while it retries. */
  failureCount: number;
}

/**
 * "Loading …" for a `/v1` query, saying why it may take a while: after a provider outage
 * the module's circuit breaker holds automatic retries back (up to 8 s per window) until
 * one probe succeeds; a user's Retry goes at once (`retryNow`). Read at render: the query re-renders this when
 * its state changes.
 */
export function LoadingStatus({ what, failureCount }: LoadingStatusProps) {
  const held = v1.circuit.state() !== 'closed';
  const text = held
    ? `The API had trouble a moment ago: loading ${what} as soon as it answers again…`
    : failureCount > 0
      ? `Loading ${what} (attempt ${failureCount + 1})…`
      : `Loading ${what}…`;
  return (
    <p role="status" className="demo-muted">
      {text}
    </p>
  );
}
