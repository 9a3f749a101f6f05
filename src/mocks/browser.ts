import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { failNetworkErrorsInPage } from './networkFailures';

/** The mock xMode API in the browser (the demo dashboard), as a service worker. */
export const worker = setupWorker(...handlers);

let started: Promise<void> | undefined;

/**
 * Starts `worker` once (later calls return the same promise): serves
 * `public/mockServiceWorker.js` from Vite's base URL, lets every request the mock does
 * not handle through (`bypass`), and logs nothing. Await it before the first request.
 * A forced `network_error` fails in the page's `fetch`, never in the worker
 * (`failNetworkErrorsInPage`): a worker's error response is an uncaught error in Firefox.
 *
 * @example
 * await startMockApi();
 * primeFromUrl(window.location.search);
 * createRoot(root).render(<App />);
 */
export function startMockApi(): Promise<void> {
  started ??= worker
    .start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    })
    .then(() => {
      failNetworkErrorsInPage();
    });
  return started;
}
