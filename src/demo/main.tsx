import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createXModeQueryClient } from 'xmode-error-ui';
import 'xmode-error-ui/styles.css';
import './demo.css';
import './components.css';
import { apiKeyStore } from './api/apiKeyStore';
import { usesMockApi, v1 } from './api/clients';
import { createGeneration, createGenerationKey, generationKeys } from './api/generations';
import { App } from './App';
import type { MockControls } from './mock/MockControls';

/**
 * Starts the mock API unless `VITE_XMODE_API_URL` is set, primes it from `?scenario=`
 * (and opens the page where that scenario shows), then renders the dashboard.
 */
async function startMockIfNeeded(): Promise<MockControls | null> {
  if (!usesMockApi) return null;
  const { startMock } = await import('./mock/startMock');
  const mock = await startMock();
  apiKeyStore.set(mock.apiKey);
  const [first] = mock.primeFromUrl(window.location.search);
  if (first) window.history.replaceState(null, '', first.path);
  return mock;
}

// `?locale=en-XA`: the module's copy in the pseudo-locale (accented, ~40 % longer);
// `?locale=ar-XB`: mirrored, and the page right to left. Read before `?scenario=` replaces the URL.
const requested = new URLSearchParams(window.location.search).get('locale');
const pseudo = requested === 'en-XA' || requested === 'ar-XB' ? requested : undefined;
if (pseudo === 'ar-XB') {
  document.documentElement.dir = 'rtl';
  document.documentElement.lang = pseudo;
}

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  startMockIfNeeded().then(
    (mock) => {
      const queryClient = createXModeQueryClient({ api: v1 });
      // "Generate again" after a 402 sends the kept request with this, even after a reload.
      queryClient.setMutationDefaults([...createGenerationKey], {
        mutationFn: createGeneration,
        onSuccess: () => queryClient.invalidateQueries({ queryKey: generationKeys.all }),
      });
      root.render(
        <StrictMode>
          <App queryClient={queryClient} mock={mock} pseudoLocale={pseudo} />
        </StrictMode>,
      );
    },
    (error: unknown) => {
      // No service worker (an insecure origin, a private window that forbids them): say so instead of a blank page.
      root.render(<MockFailed reason={error instanceof Error ? error.message : String(error)} />);
    },
  );
}

function MockFailed({ reason }: { reason: string }) {
  return (
    <main className="demo-main">
      <h1>The mock xMode API could not start</h1>
      <p>
        The demo runs its mock API in a service worker, which this browser refused: {reason}. Open the demo on
        http://localhost or https, or set <code>VITE_XMODE_API_URL</code> to a real xMode API.
      </p>
    </main>
  );
}
