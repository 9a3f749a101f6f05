// Runs in a Vite host (peers installed): server rendering with react-dom/server, as a
// framework's SSR does. The provider — given only serializable props, or a query client —
// and the components must render their markup without a single warning or error logged
// (React 18 warns "useLayoutEffect does nothing on the server" for a layout effect).
import assert from 'node:assert/strict';
import { format } from 'node:util';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { useForm } from 'react-hook-form';
import {
  AccountGate,
  ConflictFlow,
  ErrorState,
  ErrorSummary,
  FieldError,
  OfflineBanner,
  SubmitButton,
  TopUpBanner,
  XModeErrorProvider,
  createXModeQueryClient,
  useServerErrors,
} from 'xmode-error-ui';
import { XModeError, createXModeClient } from 'xmode-error-ui/core';

const logged = [];
for (const level of ['error', 'warn']) {
  console[level] = (...args) => logged.push(`console.${level}: ${format(...args)}`);
}

const notFound = new XModeError({ code: 'not_found', status: 404, message: 'Request req_ssr does not exist' });
const invalid = new XModeError({
  code: 'validation_error',
  status: 400,
  message: 'endUserEmail must be a valid email address',
  fields: { endUserEmail: 'must be a valid email address' },
});

function Form() {
  const form = useForm({ defaultValues: { email: '' } });
  const server = useServerErrors(form, invalid, { idPrefix: 'ssr', fieldMap: { endUserEmail: 'email' } });
  return h(
    'form',
    null,
    h(ErrorSummary, { server }),
    h('label', { htmlFor: server.fieldId('email') }, 'End-user email'),
    h(FieldError, { server, name: 'email' }),
    h('input', { ...form.register('email'), ...server.fieldProps('email') }),
    h(SubmitButton, { server }, 'Generate images'),
  );
}

// ErrorState picks the component of each code: one per surface of the catalog.
const codes = ['forbidden', 'rate_limited', 'provider_timeout', 'internal_error', 'conflict', 'content_policy', 'payment_required', 'network_error'];
const states = codes.map((code) => h(ErrorState, { key: code, error: new XModeError({ code, status: 500, message: `${code} on the server` }) }));
const noop = async () => undefined;
const page = [
  h(TopUpBanner, { key: 'top-up' }),
  h(OfflineBanner, { key: 'offline' }),
  h(AccountGate, { key: 'gate', apiKeysHref: '/settings' }, h(ErrorState, { error: notFound })),
  ...states,
  h(ConflictFlow, { key: 'conflict-flow', email: 'ana@example.com', block: noop, countRunning: async () => 0, remove: noop }),
  h(Form, { key: 'form' }),
];
const settings = { supportUrl: 'mailto:support@xmode.example', topUpHref: '/billing' };
const renders = {
  'provider with baseUrl': () => renderToString(h(XModeErrorProvider, { baseUrl: '/api', ...settings }, page)),
  'provider with a query client': () =>
    renderToString(h(XModeErrorProvider, { client: createXModeQueryClient({ api: createXModeClient({ baseUrl: '/api' }) }), ...settings }, page)),
};

for (const [label, render] of Object.entries(renders)) {
  const html = render();
  assert.match(html, /We couldn(’|'|&#x27;)t find this/, `${label}: the not-found state is in the server markup`);
  assert.match(html, /Generate images/, `${label}: the form is in the server markup`);
}
if (logged.length > 0) {
  console.log(`ssr: react-dom/server logged ${logged.length} message(s):\n  ${logged.join('\n  ')}`);
  process.exit(1);
}
console.log(`ssr: ${Object.keys(renders).join(' and ')} render on the server without a warning`);
