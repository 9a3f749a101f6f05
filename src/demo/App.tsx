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
  /** The module's copy in a pseudo-locale (`?locale=en-XA`: every string translatable; `?locale=ar-XB`: right to left). */
  pseudoLocale?: PseudoLocale;
}

type PseudoLocale = 'en-XA' | 'ar-XB';

/** Module constants: the provider merges `messages` once per change. */
const PSEUDO_MESSAGES: Record<PseudoLocale, ReturnType<typeof pseudoLocalize>> = {
  'en-XA': pseudoLocalize(defaultMessages),
  'ar-XB': pseudoLocalize(defaultMessages, 'ar-XB'),
};

/** The demo dashboard: the module's provider (3-line embedding), the layout, the routes. */
export function App({ queryClient, mock, pseudoLocale }: AppProps) {
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
      {...(pseudoLocale ? { messages: PSEUDO_MESSAGES[pseudoLocale], locale: pseudoLocale } : {})}
    >
      <MockControlsContext.Provider value={mock}>
        <Layout pathname={pathname}>{renderRoute(pathname)}</Layout>
      </MockControlsContext.Provider>
    </XModeErrorProvider>
  );
}
