import { Page } from '../Page';

/** Where the blocked screen and server errors send people. Works while the account is blocked. */
export function SupportPage() {
  return (
    <Page title="Support">
      <p>Our support team can lift a block on your account, look into failed requests and answer billing questions.</p>
      <h2>Contact us</h2>
      <p>
        Email <a href="mailto:support@xmode.example">support@xmode.example</a>. We answer within one working day.
      </p>
      <h2>Include the request ID</h2>
      <p>
        Error messages show a request ID such as <code>req_000123</code>, with a button to copy it. Paste it into your email so we
        can find the request in our logs.
      </p>
      <h2>If your account is blocked</h2>
      <p>
        Image generation and other API features are paused, but this dashboard keeps working: you can still see billing, top up
        and manage API keys while we resolve it.
      </p>
    </Page>
  );
}
