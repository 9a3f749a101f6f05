// A minimal embedding app, built against the packed package exactly as users install it
// (React 19 in tests/consumer, React 18 in tests/hosts/vite-react18, same sources). It
// follows the README, opts into the typed errors and uses each entry for real;
// src/readme/main.tsx is the README's embed (its own page, readme.html),
// src/readme/wiring.tsx the list of docs/vite.md, and ../shared (tests/hosts/shared) the
// dashboard parts every host renders.
import { useQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OfflineBanner, TopUpBanner, XModeErrorProvider, createXModeClient, useAccountState, useXModeClient, type XModeErrorCode } from 'xmode-error-ui';
import { XModeError, errorCatalog } from 'xmode-error-ui/core';
import type {} from 'xmode-error-ui/register';
import 'xmode-error-ui/styles.css';
import { GenerationForm } from '../shared/GenerationForm';
import { RequestPanel } from '../shared/RequestPanel';
import { Generations } from './readme/wiring';

const codes = Object.keys(errorCatalog) as XModeErrorCode[];
// One tab, one user: the API client (its 429 cooldown and outage circuit) lives as long as
// the page. The API is `/api`, a proxy that adds the key, unless the page names another
// base URL: the cross-origin host serves this build with the API on another origin (CORS).
const apiBase = document.querySelector<HTMLMetaElement>('meta[name="xmode-api-base"]')?.content || '/api';
const xmode = createXModeClient({ baseUrl: apiBase });

function Balance() {
  const api = useXModeClient();
  const balance = useQuery({
    queryKey: ['balance'],
    queryFn: ({ signal }) => api.get<{ xTokens: number }>('/v1/balance', { signal }),
  });
  const blocked = useAccountState((state) => state.blocked);
  // `error` is an XModeError without a cast, thanks to xmode-error-ui/register.
  const code: XModeErrorCode | undefined = balance.error?.code;
  const sameClass: boolean = new XModeError({ code: 'forbidden', status: 403 }) instanceof XModeError;
  return (
    <p role="status">
      {codes.length} codes · {blocked ? 'blocked' : 'ok'} · {code ?? 'no error'} · {String(sameClass)} ·{' '}
      {balance.data ? `${balance.data.xTokens} xTokens` : 'loading balance'}
    </p>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <XModeErrorProvider api={xmode} supportUrl="mailto:support@xmode.example" topUpHref="/billing">
        <TopUpBanner />
        <OfflineBanner />
        <main>
          <h1>xmode-error-ui consumer</h1>
          <Balance />
          <Generations />
          <RequestPanel />
          <GenerationForm />
        </main>
      </XModeErrorProvider>
    </StrictMode>,
  );
}
