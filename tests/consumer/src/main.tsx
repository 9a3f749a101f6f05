// A minimal embedding app, built against the packed package exactly as users install it.
// Each entry gets a real import; extend this file as the public API grows (render
// <XModeErrorProvider> around <App />, use the hooks and components).
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { XModeError as RootXModeError, errorCatalog, type XModeErrorCode } from 'xmode-error-ui';
import { XModeError, errorFromResponse, isXModeError } from 'xmode-error-ui/core';
import 'xmode-error-ui/styles.css';

// Both entries expose the same class (one copy in the package, not two).
const SameClass: typeof XModeError = RootXModeError;

const codes = Object.keys(errorCatalog) as XModeErrorCode[];

function App() {
  const [error, setError] = useState<XModeError>();
  useEffect(() => {
    const body = JSON.stringify({ error: { code: 'rate_limited', message: 'Slow down' } });
    void errorFromResponse(new Response(body, { status: 429, headers: { 'retry-after': '5' } })).then(setError);
  }, []);
  return (
    <main style={{ color: 'var(--xm-color-text)', background: 'var(--xm-color-bg)' }}>
      <p>{codes.length} codes in the catalog.</p>
      {error && isXModeError(error) && error instanceof SameClass ? (
        <p role="status">
          {error.code}: {error.message} (retry in {error.retryAfterMs} ms)
        </p>
      ) : null}
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
