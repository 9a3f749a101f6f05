import { useWait } from 'xmode-error-ui';

export interface LoadingStatusProps {
  /** What is loading, e.g. "generations". */
  what: string;
}

/**
 * "Loading …" for a `/v1` query, saying why it may take a while: the API client waits out
 * a 429 or an outage itself and sends the request when the API answers again. One status
 * line: the waits in between are not announced one by one.
 */
export function LoadingStatus({ what }: LoadingStatusProps) {
  const limited = useWait().active;
  const outage = useWait(undefined, 'outage').active;
  const text = limited
    ? `Too many requests: loading ${what} as soon as the API allows it…`
    : outage
      ? `The API had trouble a moment ago: loading ${what} as soon as it answers again…`
      : `Loading ${what}…`;
  return (
    <p role="status" className="demo-muted">
      {text}
    </p>
  );
}
