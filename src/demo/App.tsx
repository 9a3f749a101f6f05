import { useEffect } from 'react';
import { XModeErrorProvider, type XModeQueryClient } from 'xmode-error-ui';
import { interceptLinks } from './interceptLinks';
import { Layout } from './layout/Layout';
import { MockControlsContext, type MockControls } from './mock/MockControls';
import { usePathname } from './router';
import { renderRoute } from './routes';

/** Where support is reached; the blocked screen and server errors link to it. */
export const SUPPORT_URL = '/support';

export interface AppProps {
  queryClient: XModeQueryClient;
  /** The mock's controls, or null when the demo talks to a real xMode API. */
  mock: MockControls | null;
}

/** The demo dashboard: the module's provider (3-line embedding), the layout, the routes. */
export function App({ queryClient, mock }: AppProps) {
  const pathname = usePathname();
  useEffect(() => interceptLinks(), []);
  return (
    <XModeErrorProvider client={queryClient} supportUrl={SUPPORT_URL} topUpHref="/billing">
      <MockControlsContext.Provider value={mock}>
        <Layout pathname={pathname}>{renderRoute(pathname)}</Layout>
      </MockControlsContext.Provider>
    </XModeErrorProvider>
  );
}
