import { useBilling } from '../api/dashboardApi';
import { TopUpForm } from '../forms/TopUpForm';
import { Page } from '../Page';
import { QueryError } from '../ui/QueryError';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const number = new Intl.NumberFormat();

/**
 * `/billing`: balance, history and top-up, on `/dashboard/*` (its own client and 429
 * window), so it works while the account is blocked or `/v1` is rate limited.
 */
export function BillingPage() {
  const billing = useBilling();
  return (
    <Page title="Billing">
      <h2>Balance</h2>
      {billing.isPending ? <p className="demo-muted">Loading your balance…</p> : null}
      {billing.isError ? <QueryError error={billing.error} onRetry={() => void billing.refetch()} /> : null}
      {billing.isSuccess ? (
        <p className="demo-balance" data-testid="balance">
          <strong>{number.format(billing.data.xTokens)}</strong> xTokens
        </p>
      ) : null}
      <TopUpForm />
      {billing.isSuccess && billing.data.history.length > 0 ? (
        <>
          <h2>History</h2>
          <table className="demo-table">
            <caption className="xm-visually-hidden">Top-ups and charges, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Description</th>
                <th scope="col">xTokens</th>
              </tr>
            </thead>
            <tbody>
              {billing.data.history.map((entry) => (
                <tr key={entry.id}>
                  <td>{dateTime.format(new Date(entry.createdAt))}</td>
                  <td>{entry.description}</td>
                  <td>{entry.amount > 0 ? `+${number.format(entry.amount)}` : number.format(entry.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </Page>
  );
}
