import { RateLimitNotice, RetryingStatus, useMessages, useWait } from 'xmode-error-ui';

export interface LoadingStatusProps {
  /** What is loading, e.g. "generations". */
  what: string;
  /** React Query's failed attempts so far (`query.failureCount`): no answer yet, it retries. */
  failures?: number;
}

/**
 * "Loading …" for a `/v1` query, and why it may take a while: the API client waits out a
 * 429, a provider outage or an API outage itself and sends the request when it may, so
 * the query stays loading meanwhile. The page says the wait once: a 429's in the
 * `RateLimitNotice` (its seconds, then "You can send requests again."), a provider
 * outage's in `RetryingStatus` ("The image provider is having trouble. Trying again…").
 * Both are mounted before they have anything to say, so their live regions announce once.
 * While React Query retries a request that got no answer (offline, a timeout), "Retrying…"
 * shows beside it, quietly: the retries are progress, the final state is announced once.
 */
export function LoadingStatus({ what, failures = 0 }: LoadingStatusProps) {
  const outage = useWait(undefined, 'outage').active;
  const messages = useMessages();
  return (
    <div className="demo-loading" data-testid="loading-status">
      <RateLimitNotice />
      <RetryingStatus pending window="provider" />
      <p role="status" className="demo-muted">
        {outage ? `The API had trouble a moment ago: loading ${what} as soon as it answers again…` : `Loading ${what}…`}
      </p>
      {failures > 0 ? (
        <p className="demo-muted" aria-hidden="true" data-testid="retrying">
          {messages.ui.retrying}
        </p>
      ) : null}
    </div>
  );
}
