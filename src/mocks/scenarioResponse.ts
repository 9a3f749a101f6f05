import { HttpResponse, type PathParams } from 'msw';
import { isApiErrorCode } from '../core/codes';
import { SEED } from './db';
import { nextRequestId, rawResponse, xmodeError } from './errors';
import { finishWithStorageFailure } from './generations';
import type { Scenario } from './scenarioList';

/** Length of the hostile scenario's message, in characters (10 KiB). */
const HOSTILE_MESSAGE_LENGTH = 10 * 1024;
/** Field entries in the hostile scenario's body. */
const HOSTILE_FIELD_COUNT = 500;
/** `Retry-After` of the provider_timeout scenario, in seconds. */
const PROVIDER_RETRY_AFTER_S = 2;
/** A `Retry-After` no server should send: ~3170 years, far above `setTimeout`'s limit. */
const ABSURD_RETRY_AFTER_S = '99999999999';

// HAProxy's built-in 403 (haproxy/haproxy src/http.c, http_err_msgs[HTTP_ERR_403]).
const HAPROXY_403 = '<html><body><h1>403 Forbidden</h1>\nRequest forbidden by administrative rules.\n</body></html>\n';

const NGINX_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
  '<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

/**
 * The answer of a forced scenario, or `undefined` to let the normal handler answer
 * (`storage_failed` only changes the generation it reads). Persistent scenarios never
 * get here: they change state, and the normal handlers refuse.
 */
export function scenarioResponse(scenario: Scenario, params: PathParams): Response | undefined {
  switch (scenario.id) {
    case 'storage_failed':
      finishWithStorageFailure(String(params.id ?? ''));
      return undefined;
    case 'network_error':
      return HttpResponse.error();
    case 'html_502':
      return rawResponse(502, NGINX_502, 'text/html', { server: 'nginx' });
    case 'firewall_403':
      return rawResponse(403, HAPROXY_403, 'text/html', { 'cache-control': 'no-cache' });
    case 'empty_500':
      return rawResponse(500, null, 'text/plain');
    case 'truncated_json':
      return rawResponse(200, `{"data":[{"id":"${SEED.doneGenerationId}","status":"succeeded","prompt":"A lighthouse at d`, 'application/json', {
        'x-request-id': nextRequestId(),
      });
    case 'absurd_retry_after':
      return xmodeError('rate_limited', { retryAfter: ABSURD_RETRY_AFTER_S });
    case 'rate_limited_list':
      return xmodeError('rate_limited', { retryAfter: 3 });
    // The API says when the provider may be back: the client waits that long before it
    // sends again, so "Trying again…" is on screen long enough to be seen (its own first
    // windows are a fraction of a second).
    case 'provider_timeout':
      return xmodeError('provider_timeout', { retryAfter: PROVIDER_RETRY_AFTER_S });
    case 'provider_error':
      return xmodeError('provider_error', { retryAfter: 1 });
    case 'hostile_fields':
      return rawResponse(400, hostileBody(), 'application/json', { 'x-request-id': nextRequestId() });
    case 'validation_error':
      return xmodeError('validation_error', {
        message: 'endUserEmail must be a valid email address',
        fields: { endUserEmail: 'must be a valid email address', prompt: 'must be at most 1000 characters' },
      });
    case 'forbidden':
      return xmodeError('forbidden', { message: 'This API key does not have permission to list end-users.' });
    case 'conflict':
      return xmodeError('conflict', {
        message: `End-user ${String(params.email ?? '')} has queued or processing generations. Block the end-user, wait for them to finish, then retry.`,
      });
    case 'not_found':
      return xmodeError('not_found', { message: `Generation ${String(params.id ?? '')} does not exist or does not belong to you.` });
    default:
      // The remaining documented codes answer with their default message (and Retry-After).
      return isApiErrorCode(scenario.code) ? xmodeError(scenario.code) : undefined;
  }
}

/**
 * A validation_error body written by hand: `JSON.stringify` cannot emit an own
 * `__proto__` key. Prototype-polluting keys, HTML, bidi overrides, control characters,
 * a leaked key, lists and nulls as values, a 10 KiB message and 500 fields.
 */
function hostileBody(): string {
  const head = '<script>alert("message")</script><b>Invalid</b> request with key xm_live_LeakedKey0123456789abcd, Authorization: Bearer eyJleaked.token \u202Egnp.exe\u202C\u0007 ';
  const message = head + 'A'.repeat(HOSTILE_MESSAGE_LENGTH - head.length);
  const special = [
    '"__proto__":{"polluted":"yes"}',
    '"constructor":{"prototype":{"polluted":"yes"}}',
    '"prototype":"should never become a field"',
    '"prompt":"<img src=x onerror=alert(1)> is <b>not</b> allowed"',
    '"endUserEmail":"\\u202Emoc.elpmaxe@evil\\u202C must be valid"',
    '"imageCount":["is too small","must be an integer"]',
    '"referenceImages":[{"url":"<a href=\\"javascript:alert(1)\\">bad</a>"}]',
    '"amount":null',
  ];
  const filler = Array.from({ length: HOSTILE_FIELD_COUNT - special.length }, (_, index) => `"field_${index}":"is invalid (${index})"`);
  return `{"error":{"code":"validation_error","message":${JSON.stringify(message)},"fields":{${[...special, ...filler].join(',')}}}}`;
}
