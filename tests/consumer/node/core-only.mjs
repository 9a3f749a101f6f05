// Runs in plain Node where ONLY xmode-error-ui is installed (no peers): proves the
// `./core` and `./testing` entries need neither React nor a DOM, and parses a real Response.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { errorFromResponse, isXModeError, toXModeError } from 'xmode-error-ui/core';
import { xmodeErrorResponse } from 'xmode-error-ui/testing';

assert.equal(existsSync(new URL('../node_modules/react', import.meta.url)), false, 'react must not be installed here');
assert.equal(typeof globalThis.window, 'undefined');
assert.equal(typeof globalThis.document, 'undefined');

const body = JSON.stringify({ error: { code: 'validation_error', message: 'Check the form', fields: { prompt: 'Required' } } });
const error = await errorFromResponse(
  new Response(body, { status: 400, headers: { 'content-type': 'application/json', 'x-request-id': 'req_123' } }),
);
assert.ok(isXModeError(error));
assert.equal(error.code, 'validation_error');
assert.equal(error.status, 400);
assert.equal(error.message, 'Check the form');
assert.equal(error.fields.prompt, 'Required');
assert.equal(error.requestId, 'req_123');

const proxyPage = await errorFromResponse(new Response('<html>Bad gateway</html>', { status: 502 }));
assert.equal(proxyPage.code, 'internal_error'); // a 5xx page: the API, or what stands before it, is failing (#22)
assert.equal(toXModeError(new TypeError('Failed to fetch')).code, 'network_error');

// The test helpers' answers are what the core reads, with no peer installed either.
const limited = await errorFromResponse(xmodeErrorResponse('rate_limited', { retryAfter: 6, requestId: 'req_429' }));
assert.equal(limited.code, 'rate_limited');
assert.equal(limited.retryAfterMs, 6_000);
assert.equal(limited.requestId, 'req_429');
assert.throws(() => xmodeErrorResponse('network_error'), TypeError);

console.log('core-only: xmode-error-ui/core parsed a Response, and /testing made one, in Node without React or a DOM');
