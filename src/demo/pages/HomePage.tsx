import { Page } from '../Page';
import { Link } from '../router';
import { useMockControls } from '../mock/MockControls';

/** The landing page: what the demo is and where to start. */
export function HomePage() {
  const mock = useMockControls();
  return (
    <Page title="Dashboard">
      <p>
        A small xMode dashboard built on <code>xmode-error-ui</code>: every error the xMode API can return shows up here as the
        state a user can act on.
      </p>
      <ul className="demo-cards">
        <li>
          <Link to="/generations/new">Start a generation</Link> — prompt, reference images, end-user, image count.
        </li>
        <li>
          <Link to="/generations">See your generations</Link> and their images.
        </li>
        <li>
          <Link to="/end-users">Manage end-users</Link>: add, block, delete.
        </li>
        <li>
          <Link to="/billing">Check your xTokens balance</Link> and top up.
        </li>
      </ul>
      {mock ? (
        <p>
          This demo runs on a mock xMode API in your browser. Open <strong>Scenarios</strong> at the bottom of the page to make it
          fail in any documented way.
        </p>
      ) : null}
    </Page>
  );
}
