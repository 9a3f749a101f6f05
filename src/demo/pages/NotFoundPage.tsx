import { Page } from '../Page';
import { Link } from '../router';

/** Any path the demo has no page for. */
export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p>There is no page at this address. Check the link, or go back to the dashboard.</p>
      <p>
        <Link to="/">Go to the dashboard</Link>
      </p>
    </Page>
  );
}
