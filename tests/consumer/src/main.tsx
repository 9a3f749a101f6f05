// A minimal embedding app, built against the packed package exactly as users install it.
// It follows the README's "Embed in 3 lines" literally, opts into the typed errors and
// uses each entry for real.
import { useQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { XModeErrorProvider, createXModeQueryClient, useAccountState, type XModeErrorCode } from 'xmode-error-ui';
import { XModeError, createXModeClient, errorCatalog } from 'xmode-error-ui/core';
import type {} from 'xmode-error-ui/register';
import 'xmode-error-ui/styles.css';

const codes = Object.keys(errorCatalog) as XModeErrorCode[];
const xmode = createXModeClient({ baseUrl: '/api' });
const queryClient = createXModeQueryClient();

function Balance() {
  const balance = useQuery({
    queryKey: ['balance'],
    queryFn: ({ signal }) => xmode.get<{ xTokens: number }>('/v1/balance', { signal }),
  });
  const blocked = useAccountState((state) => state.blocked);
  // `error` is an XModeError without a cast, thanks to xmode-error-ui/register.
  const code: XModeErrorCode | undefined = balance.error?.code;
  const sameClass: boolean = balance.error ? balance.error instanceof XModeError : true;
  return (
    <p role="status">
      {codes.length} codes · {blocked ? 'blocked' : 'ok'} · {code ?? 'no error'} · {String(sameClass)}
    </p>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <XModeErrorProvider client={queryClient} supportUrl="mailto:support@xmode.example" topUpHref="/billing">
        <Balance />
      </XModeErrorProvider>
    </StrictMode>,
  );
}
