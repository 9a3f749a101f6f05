import { describe, expect, it } from 'vitest';
import { XModeError, type XModeErrorCode } from '../../src/core';
import { mapServerErrors, MAX_FORM_MESSAGE_LENGTH } from '../../src/react/forms/mapServerErrors';
import { applyFieldMap, labelFor, toFormPath } from '../../src/react/forms/fieldPaths';
import { defaultMessages } from '../../src/react/messages';

const validation = (fields: unknown, message = 'Some fields are not valid') =>
  new XModeError({ code: 'validation_error', status: 400, message, fields });

const FORM = ['prompt', 'email', 'imageCount', 'images.0.prompt', 'referenceImages.1.url', 'seed'];

describe('toFormPath', () => {
  it.each([
    ['images[0].prompt', 'images.0.prompt'],
    ['images.0.prompt', 'images.0.prompt'],
    ['images["0"].prompt', 'images.0.prompt'],
    ['references.1', 'references.1'],
    ['[2].url', '2.url'],
  ])('should turn %s into the dotted path %s', (input, expected) => {
    expect(toFormPath(input)).toBe(expected);
  });

  it.each(['__proto__', 'a.__proto__.b', 'constructor', 'x.prototype', 'root', 'root.server', 'list.root', '_form', 'a..b', '', 'a[]'])(
    'should refuse %j as a field path',
    (input) => {
      expect(toFormPath(input)).toBeUndefined();
    },
  );
});

describe('applyFieldMap', () => {
  it.each([
    ['endUserEmail', { endUserEmail: 'email' }, 'email'],
    ['images.0.prompt', { images: 'generations' }, 'generations.0.prompt'],
    ['referenceImages.2', { 'referenceImages.*': 'referenceImages.*.url' }, 'referenceImages.2.url'],
    ['referenceImages', { 'referenceImages.*': 'referenceImages.*.url' }, 'referenceImages'],
    ['a.b.c', { a: 'x', 'a.b': 'y' }, 'y.c'],
    ['prompt', (path: string) => (path === 'prompt' ? 'text' : undefined), 'text'],
    ['other', (path: string) => (path === 'prompt' ? 'text' : undefined), 'other'],
  ])('should map %s with %j to %s', (path, map, expected) => {
    expect(applyFieldMap(path, map)).toBe(expected);
  });
});

describe('labelFor', () => {
  it('should use an exact label, then a wildcard label with {n}, then the humanized path', () => {
    const labels = { email: 'End-user email', 'referenceImages.*.url': 'Reference image {n}' };
    expect(labelFor('email', labels)).toBe('End-user email');
    expect(labelFor('referenceImages.2.url', labels)).toBe('Reference image 3');
    expect(labelFor('endUserEmail', labels)).toBe('End user email');
    expect(labelFor('images.0.prompt', undefined)).toBe('Images 1 prompt');
  });
});

describe('mapServerErrors', () => {
  it('should put each field of a validation_error on its field, label first when the message is a fragment', () => {
    const result = mapServerErrors(validation({ prompt: 'is required', imageCount: 'Choose between 1 and 4 images' }), {
      fieldNames: FORM,
      labels: { prompt: 'Prompt' },
    });
    expect(result).toEqual({
      fieldErrors: [
        ['prompt', 'Prompt is required'],
        ['imageCount', 'Choose between 1 and 4 images'],
      ],
      formErrors: [],
      omitted: 0,
    });
  });

  it('should map nested paths in any notation, and API names through fieldMap', () => {
    const result = mapServerErrors(
      validation({ images: [{ prompt: 'is too long' }], 'referenceImages[1]': 'must be an http(s) URL', endUserEmail: 'must be a valid email address' }),
      { fieldNames: FORM, fieldMap: { endUserEmail: 'email', 'referenceImages.*': 'referenceImages.*.url' }, labels: { email: 'Email' } },
    );
    expect(result.fieldErrors).toEqual([
      ['images.0.prompt', 'Images 1 prompt is too long'],
      ['referenceImages.1.url', 'Reference images 2 url must be an http(s) URL'],
      ['email', 'Email must be a valid email address'],
    ]);
    expect(result.formErrors).toEqual([]);
  });

  it('should send unknown fields, hidden fields, _form, root and prototype keys to the form level, losing none', () => {
    const fields = JSON.parse('{"__proto__":"polluted","constructor":"c","prototype":"p","root":"r","_form":"whole form","nope":"is unknown","seed":"must be a number"}');
    const result = mapServerErrors(validation(fields), { fieldNames: ['prompt'], labels: { seed: 'Seed' } });
    expect(result.fieldErrors).toEqual([]);
    // The core merges prototype keys into `_form`; `root` and the rest stay where they were.
    expect(result.formErrors).toEqual(expect.arrayContaining(['R', 'Nope is unknown', 'Seed must be a number']));
    expect(result.formErrors.join(' ')).toMatch(/polluted/i);
    expect(result.formErrors.join(' ')).toMatch(/whole form/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('should give a validation_error without fields its server message at the form level', () => {
    expect(mapServerErrors(validation(undefined, 'endUserEmail must be a valid email address'))).toEqual({
      fieldErrors: [],
      formErrors: ['EndUserEmail must be a valid email address'],
      omitted: 0,
    });
  });

  it('should use the generic validation text when the response had no message either', () => {
    const error = new XModeError({ code: 'validation_error', status: 400 });
    expect(mapServerErrors(error).formErrors).toEqual(['Some details need fixing. Check what you entered, then try again.']);
  });

  it('should put content_policy on the prompt with the advice, or on the configured field', () => {
    const error = new XModeError({ code: 'content_policy', status: 422, message: 'blocked' });
    const advice = 'Your request was rejected by the content filter. Rephrase the prompt or use different reference images.';
    expect(mapServerErrors(error, { fieldNames: FORM }).fieldErrors).toEqual([['prompt', advice]]);
    expect(mapServerErrors(error, { fieldNames: ['refs'], contentPolicyField: 'refs' }).fieldErrors).toEqual([['refs', advice]]);
    expect(mapServerErrors(error, { fieldNames: [] })).toEqual({ fieldErrors: [], formErrors: [advice], omitted: 0 });
  });

  it.each<[XModeErrorCode, number, RegExp]>([
    ['payment_required', 402, /^Your xTokens balance is too low for this request\. Top up/],
    ['rate_limited', 429, /^Too many requests\./],
    ['account_blocked', 401, /^Your xMode account has been blocked\./],
    ['provider_timeout', 500, /^The image provider is taking too long\./],
    // Node has no navigator: the browser is not offline, only the API is out of reach.
    ['network_error', 0, /^We can't reach the xMode API\./],
  ])('should give %s one form-level message from the copy and ignore its fields', (code, status, text) => {
    const error = new XModeError({ code, status, message: 'server said so', fields: { prompt: 'is wrong' } });
    const result = mapServerErrors(error, { fieldNames: FORM });
    expect(result.fieldErrors).toEqual([]);
    expect(result.formErrors).toHaveLength(1);
    expect(result.formErrors[0]).toMatch(text);
  });

  it('should keep the request ID out of every message (the summary shows a 5xx one on its own line)', () => {
    const internal = new XModeError({ code: 'internal_error', status: 500, requestId: 'req_42' });
    expect(mapServerErrors(internal).formErrors[0]).toMatch(/contact support with the request ID\.$/);
    for (const [code, status] of [['payment_required', 402], ['rate_limited', 429], ['content_policy', 422]] as const) {
      const result = mapServerErrors(new XModeError({ code, status, requestId: 'req_42' }), { fieldNames: FORM });
      expect([...result.formErrors, ...result.fieldErrors.map(([, message]) => message)].join(' ')).not.toContain('req_42');
    }
  });

  it('should not mention a request ID when there is none (an empty 500, a proxy page)', () => {
    for (const code of ['internal_error', 'unexpected_response'] as const) {
      const message = mapServerErrors(new XModeError({ code, status: 502 })).formErrors[0];
      expect(message).not.toMatch(/request ID/);
      expect(message).toMatch(/say when it happened/);
    }
  });

  it('should never say "try again" for a paid request that may or may not have gone through (#21)', () => {
    const internal = new XModeError({ code: 'internal_error', status: 500, requestId: 'req_42' });
    expect(mapServerErrors(internal, { outcomeUnknown: true }).formErrors).toEqual([
      'Something went wrong on our side. Your request may or may not have gone through, and may have spent xTokens. Check your generations before you send it again.',
    ]);
    const overridden = { ...defaultMessages, forms: { ...defaultMessages.forms, outcomeUnknown: 'Check first.' } };
    expect(mapServerErrors(internal, { outcomeUnknown: true, messages: overridden }).formErrors).toEqual(['Something went wrong on our side. Check first.']);
  });

  it('should say when a refused 429 may be sent again, and never that it resumes by itself', () => {
    const error = new XModeError({ code: 'rate_limited', status: 429, retryAfterMs: 30 * 60_000 });
    const message = mapServerErrors(error).formErrors[0];
    expect(message).toMatch(/^Too many requests\. You can send it again after .*\d{1,2}:\d{2}/);
    expect(message).not.toMatch(/by themselves|resume/);
  });

  it('should map nothing for no error or an aborted request', () => {
    expect(mapServerErrors(null)).toEqual({ fieldErrors: [], formErrors: [], omitted: 0 });
    const aborted = new XModeError({ code: 'network_error', status: 0, aborted: true });
    expect(mapServerErrors(aborted)).toEqual({ fieldErrors: [], formErrors: [], omitted: 0 });
  });

  it('should normalize anything thrown that is not an XModeError', () => {
    expect(mapServerErrors(new TypeError('boom')).formErrors).toHaveLength(1);
  });

  it('should count what the core dropped from 500 fields', () => {
    const fields = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`field${i}`, 'is wrong']));
    const result = mapServerErrors(validation(fields), { fieldNames: ['field0', 'field1'] });
    expect(result.fieldErrors).toHaveLength(2);
    expect(result.formErrors).toHaveLength(98);
    expect(result.omitted).toBe(400);
  });

  it('should keep HTML as text and cap every message', () => {
    const html = `<img src=x onerror=alert(1)>${'x'.repeat(10_000)}`;
    const result = mapServerErrors(validation({ prompt: html, ghost: html }), { fieldNames: ['prompt'], labels: { ghost: 'A very long label '.repeat(30) } });
    const [[, fieldMessage] = ['', '']] = result.fieldErrors;
    expect(fieldMessage.startsWith('<img src=x onerror=alert(1)>')).toBe(true);
    expect(fieldMessage.length).toBeLessThanOrEqual(MAX_FORM_MESSAGE_LENGTH);
    expect(result.formErrors[0]?.length).toBeLessThanOrEqual(MAX_FORM_MESSAGE_LENGTH);
  });

  it('should merge two API paths that name the same form field', () => {
    const result = mapServerErrors(validation({ 'images[0].prompt': 'is required', 'images.0.prompt': 'is too short' }), { labels: { 'images.*.prompt': 'Prompt {n}' } });
    expect(result.fieldErrors).toEqual([['images.0.prompt', 'Prompt 1 is required; Prompt 1 is too short']]);
  });

  it('should read copy overrides', () => {
    const messages = {
      errors: { ...defaultMessages.errors, payment_required: { title: 'Not enough tokens', description: 'Add some.' } },
      forms: defaultMessages.forms,
    };
    const error = new XModeError({ code: 'payment_required', status: 402 });
    expect(mapServerErrors(error, { messages }).formErrors).toEqual(['Not enough tokens. Add some.']);
  });
});
