import { takeForcedNetworkError } from './scenarios';

/**
 * What the page's `fetch` rejects with for a forced `network_error`: Chromium's text for
 * "no response came" (a `TypeError`), which the client reads as `network_error` like
 * every browser's own (see `toXModeError`).
 */
export const NETWORK_FAILURE_MESSAGE = 'Failed to fetch';

/** Where `fetch` lives: `globalThis` in the page, a stand-in in tests. */
export interface FetchHost {
  fetch: typeof fetch;
}

/**
 * Makes the page's `fetch` reject, as a real network failure does, for the requests a
 * forced `network_error` answers; every other request goes on to the real `fetch` (and
 * the service worker). Returns the function that puts the original `fetch` back.
 *
 * Why in the page: the service worker can only fail a request by passing an error
 * response to `FetchEvent.respondWith()` (`HttpResponse.error()`), and Firefox reports
 * each one as an uncaught page error ("A ServiceWorker passed an Error Response to
 * FetchEvent.respondWith()"); Chromium logs it as a failed resource. A fetch that
 * rejects in the page raises neither: the app sees the `TypeError` and nothing else
 * does. Node (`msw/node`) needs none of this: there `HttpResponse.error()` rejects the
 * fetch quietly. Requests that bypass `fetch` (XHR, workers) still get the worker's
 * error response.
 *
 * @example
 * const restore = failNetworkErrorsInPage();
 * forceScenario('network_error'); // the next GET /v1/generations rejects in the page
 */
export function failNetworkErrorsInPage(host: FetchHost = globalThis): () => void {
  const realFetch = host.fetch;
  const base = globalThis.location?.href ?? 'http://localhost/';
  const guarded: typeof fetch = (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(request ? request.url : input instanceof URL ? input.href : String(input), base);
    const method = init?.method ?? request?.method ?? 'GET';
    if (takeForcedNetworkError(method, url)) return Promise.reject(new TypeError(NETWORK_FAILURE_MESSAGE));
    return realFetch.call(globalThis, input, init);
  };
  host.fetch = guarded;
  return () => {
    if (host.fetch === guarded) host.fetch = realFetch;
  };
}
