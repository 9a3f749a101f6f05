import { useEffect, useMemo } from 'react';
import { XModeErrorProvider, defaultMessages, type XModeQueryClient } from 'xmode-error-ui';
import { pseudoLocalize } from 'xmode-error-ui/testing';
import { costOfKept, readBalance } from './api/dashboardApi';
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
  /** The module's copy in the pseudo-locale (`?locale=en-XA`), to check every string is translatable. */
  pseudoLocale?: boolean;
}

/** Module constant: the provider merges `messages` once per change. */
const PSEUDO_MESSAGES = pseudoLocalize(defaultMessages);

/** The demo dashboard: the module's provider (3-line embedding), the layout, the routes. */
export function App({ queryClient, mock, pseudoLocale = false }: AppProps) {
  const pathname = usePathname();
  useEffect(() => interceptLinks(), []);
  const checkBalance = useMemo(() => readBalance(queryClient), [queryClient]);
  return (
    <XModeErrorProvider
      client={queryClient}
      supportUrl={SUPPORT_URL}
      topUpHref="/billing"
      generationsHref="/generations"
      checkBalance={checkBalance}
      costOf={costOfKept}
      {...(pseudoLocale ? { messages: PSEUDO_MESSAGES, locale: 'en-XA' } : {})}
    >
      <MockControlsContext.Provider value={mock}>
        <Layout pathname={pathname}>{renderRoute(pathname)}</Layout>
      </MockControlsContext.Provider>
    </XModeErrorProvider>
  );
}
