import { http, type HttpHandler } from 'msw';
import { checkAuthorization, mockDb } from './db';
import { xmodeError } from './errors';
import { scenarioResponse } from './scenarioResponse';
import { takeForcedScenario } from './scenarios';

/** Answers a request with its forced scenario, if one is pending; else falls through. */
const forced = ({ request }: { request: Request }) => {
  const hit = takeForcedScenario(request);
  return hit ? scenarioResponse(hit.scenario, hit.params) : undefined;
};

/**
 * Checked before anything else, on `/v1` and `/dashboard` alike: a pending forced
 * scenario wins over auth and state, so "the next request fails" holds in any mode.
 */
export const scenarioHandlers: HttpHandler[] = [http.all('*/v1/*', forced), http.all('*/dashboard/*', forced)];

/**
 * Every `/v1/*` request: no well-formed `Bearer xm_…` key → 401 `unauthorized`; a
 * revoked key → 401 `unauthorized`; a blocked account → 401 `account_blocked` (checked
 * after the key: without a key the account is unknown). `/dashboard/*` is not guarded.
 */
export const authHandler: HttpHandler = http.all('*/v1/*', ({ request }) => {
  const check = checkAuthorization(request.headers.get('authorization'));
  if (check === 'missing') return xmodeError('unauthorized');
  if (check === 'revoked') {
    return xmodeError('unauthorized', { message: 'This API key has been revoked. Use another key or create one in the dashboard.' });
  }
  if (mockDb.blocked) return xmodeError('account_blocked');
  return undefined;
});

/** Last: any other `/v1` or `/dashboard` request is an unknown endpoint → 404 `not_found`. */
export const fallbackHandlers: HttpHandler[] = [
  http.all('*/v1/*', ({ request }) =>
    xmodeError('not_found', { message: `No endpoint ${request.method} ${new URL(request.url).pathname}.` }),
  ),
  http.all('*/dashboard/*', ({ request }) =>
    xmodeError('not_found', { message: `No endpoint ${request.method} ${new URL(request.url).pathname}.` }),
  ),
];
