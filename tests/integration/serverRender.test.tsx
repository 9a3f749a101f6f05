// @vitest-environment node
// Server rendering, as a Next.js layout or any SSR host does it: no DOM, one render per
// request. The React 18 host fixture (scripts/test-hosts.mjs) checks the same under React 18.
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TopUpBanner, XModeErrorProvider, useAccountState, useXModeClient } from '../../src';

afterEach(() => vi.restoreAllMocks());

function Page({ user }: { user: string }) {
  const xmode = useXModeClient();
  const blocked = useAccountState((state) => state.blocked);
  return (
    <main>
      <p>{`${user}: ${blocked ? 'blocked' : 'ok'} · ${xmode.windows.rateLimit.until() === 0 ? 'may send' : 'waiting'}`}</p>
      <TopUpBanner />
    </main>
  );
}

describe('<XModeErrorProvider> on the server', () => {
  it('should render from serializable props only, with no warning or error logged', () => {
    const logged = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
    const html = renderToString(
      <XModeErrorProvider baseUrl="https://api.test" supportUrl="mailto:support@xmode.test" topUpHref="/billing">
        <Page user="ada" />
      </XModeErrorProvider>,
    );
    expect(html).toContain('ada: ok · may send');
    for (const spy of logged) expect(spy).not.toHaveBeenCalled();
  });

  it('should give each request its own runtime: what one render learned is not in the next', () => {
    let firstApi: ReturnType<typeof useXModeClient> | undefined;
    function Capture() {
      const api = useXModeClient();
      firstApi ??= api;
      return null;
    }
    renderToString(
      <XModeErrorProvider baseUrl="https://api.test">
        <Capture />
      </XModeErrorProvider>,
    );
    // A 429 seen while serving the first request…
    firstApi?.windows.rateLimit.open(120_000);
    const html = renderToString(
      <XModeErrorProvider baseUrl="https://api.test">
        <Page user="grace" />
      </XModeErrorProvider>,
    );
    // …holds nothing back for the second.
    expect(html).toContain('grace: ok · may send');
    firstApi?.windows.rateLimit.close();
  });
});
