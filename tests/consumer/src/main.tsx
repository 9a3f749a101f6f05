// A minimal embedding app, built against the packed package exactly as users install it.
// It follows the README's "Embed in 3 lines" literally, opts into the typed errors and
// uses each entry for real; src/readme/ holds the README's longer examples, compiled here.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { XModeErrorProvider, createXModeClient, useAccountState, type XModeErrorCode } from 'xmode-error-ui';
import { XModeError, errorCatalog } from 'xmode-error-ui/core';
import type {} from 'xmode-error-ui/register';
import 'xmode-error-ui/styles.css';
import { Generations } from './readme/wiring';

const codes = Object.keys(errorCatalog) as XModeErrorCode[];
const xmode = createXModeClient({ baseUrl: '/api' });

function Balance() {
  const blocked = useAccountState((state) => state.blocked);
  const sameClass: boolean = new XModeError({ code: 'forbidden', status: 403 }) instanceof XModeError;
  return (
    <p role="status">
      {codes.length} codes · {blocked ? 'blocked' : 'ok'} · {String(sameClass)}
    </p>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <XModeErrorProvider api={xmode} supportUrl="mailto:support@xmode.example" topUpHref="/billing">
        <Balance />
        <Generations />
      </XModeErrorProvider>
    </StrictMode>,
  );
}
