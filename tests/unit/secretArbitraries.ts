import { inspect } from 'node:util';
import fc from 'fast-check';
import type { XModeError } from '../../src/core';

/** A secret as it can appear in text, and the part of it that must never be seen again. */
export interface Planted {
  text: string;
  body: string;
}

const ALNUM = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];
const DIGITS = [...'0123456789'];
// Ends in a digit: fast-check likes words such as "prototype", which the output holds anyway.
const body = fc
  .tuple(fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 7, maxLength: 31 }), fc.constantFrom(...DIGITS))
  .map(([letters, digit]) => `${letters}${digit}`);

/** An xMode key in any case and encoding, glued or spaced, or a raw bearer token. */
export const secret: fc.Arbitrary<Planted> = fc.oneof(
  fc
    .record({
      env: fc.constantFrom('live', 'test'),
      body,
      prefixCase: fc.constantFrom('lower', 'upper'),
      around: fc.constantFrom('plain', 'Bearer ', 'Bearer%20', 'Bearer+', 'token_', 'Authorization: Bearer ', 'key='),
      encoded: fc.boolean(),
    })
    .map(({ env, body: value, prefixCase, around, encoded }) => {
      const separator = encoded ? '%5F' : '_';
      const prefix = `xm${separator}${env}${separator}`;
      const key = `${prefixCase === 'upper' ? prefix.toUpperCase() : prefix}${value}`;
      return { text: around === 'plain' ? key : `${around}${key}`, body: value };
    }),
  fc.record({ scheme: fc.constantFrom('Bearer ', 'bearer ', 'Bearer%20', 'Authorization: Basic ', 'api_key='), body }).map(({ scheme, body: value }) => ({
    text: `${scheme}${value}`,
    body: value,
  })),
);

// Text around a secret: short junk, or enough filler to reach the length caps.
const junk = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.nat({ max: 1200 }).map((n) => 'ab '.repeat(n)),
);

/** A secret inside arbitrary text. */
export const textWith = (planted: Planted): fc.Arbitrary<string> =>
  fc.tuple(junk, junk).map(([before, after]) => `${before} ${planted.text} ${after}`);

const wrap = <T>(inner: fc.Arbitrary<T>) =>
  fc.tuple(inner, fc.nat({ max: 6 }), fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 })).map(
    ([value, depth, siblings]) => {
      let out: unknown = value;
      for (let i = 0; i < depth; i += 1) out = i % 2 ? [out] : { ...siblings, [`level${i}`]: out };
      return out;
    },
  );

/** A `fields` value holding the secret somewhere: a key or a value, at any depth, any shape. */
export const fieldsWith = (planted: Planted): fc.Arbitrary<unknown> => {
  const s = planted.text;
  return wrap(
    fc.constantFrom<unknown>(
      { [s]: 'is invalid' },
      { prompt: s },
      { [`Authorization: ${s}`]: 'is not allowed' },
      { images: [{ [s]: 'bad' }] },
      { prompt: [s, 'too short'] },
      [{ field: s, message: 'x' }],
      [{ field: 'prompt', message: s }],
      [{ loc: ['body', s], msg: 'bad' }],
      [s],
      s,
      { count: { nested: { deeper: { deepest: { [s]: s } } } } },
    ),
  );
};

export interface PlantedResponse {
  planted: Planted[];
  response: () => Response;
}

const ERROR_STATUS = fc.constantFrom(400, 401, 402, 403, 404, 409, 422, 429, 500, 502, 503);
const CODE = fc.constantFrom('validation_error', 'content_policy', 'internal_error', 'unauthorized', 'conflict', 'rate_limited', 'provider_error', 'nonsense');

/** A failed response with secrets in its message, fields, headers, status text or loose body. */
export const plantedResponse: fc.Arbitrary<PlantedResponse> = fc
  .record({ status: ERROR_STATUS, code: CODE, a: secret, b: secret, c: secret, shape: fc.constantFrom('documented', 'problem', 'errorString', 'html') })
  .chain(({ status, code, a, b, c, shape }) =>
    fc.record({ message: textWith(a), fields: fieldsWith(b), header: fc.constantFrom(c.text, `req_${c.text}`) }).map(({ message, fields, header }) => {
      const text =
        shape === 'documented'
          ? JSON.stringify({ error: { code, message, fields } })
          : shape === 'problem'
            ? JSON.stringify({ title: 'Bad', detail: message, errors: fields })
            : shape === 'errorString'
              ? JSON.stringify({ error: message })
              : `<html><body><h1>${message}</h1></body></html>`;
      return {
        planted: [a, b, c],
        response: () =>
          new Response(text, {
            status,
            statusText: c.text,
            headers: { 'content-type': 'application/json', 'x-request-id': header, 'retry-after': '1', 'www-authenticate': header },
          }),
      };
    }),
  );

export interface PlantedThrow {
  planted: Planted[];
  thrown: () => unknown;
}

/** Something thrown (by fetch, a library, a query function) with a secret in its text, cause chain or props. */
export const plantedThrow: fc.Arbitrary<PlantedThrow> = fc
  .record({ s: secret, kind: fc.nat({ max: 11 }), depth: fc.nat({ max: 4 }) })
  .chain(({ s, kind, depth }) =>
    textWith(s).map((text) => ({
      planted: [s],
      thrown: () => {
        const inner = (): unknown => {
          switch (kind) {
            case 0: return new Error(text);
            case 1: return new TypeError(`Headers.append: "${s.text}\n" is an invalid header value.`);
            case 2: return new TypeError('Failed to fetch', { cause: new Error(text) });
            case 3: return new DOMException(text, depth % 2 ? 'AbortError' : 'TimeoutError');
            case 4: return Object.assign(new Error('Request failed'), { config: { headers: { Authorization: s.text } }, url: `https://x.test/?k=${s.text}` });
            case 5: return Object.assign(new Error('odd props'), { [s.text]: 1, list: [text] });
            case 6: return new AggregateError([new Error(text)], 'several failed');
            case 7: return { error: { code: 'conflict', message: text, fields: { [s.text]: text } } };
            case 8: return text;
            case 9: return { message: text, nested: { deeper: [text] } };
            case 10: return Object.assign(new Error(text), { name: 'XModeError', code: 'conflict', status: 409, fields: { [s.text]: text } });
            default: return Object.defineProperty(new Error(text), 'getter', { enumerable: true, get: () => { throw new Error(text); } });
          }
        };
        let thrown = inner();
        for (let i = 0; i < depth; i += 1) thrown = new Error(`wrapped ${i}`, { cause: thrown });
        return thrown;
      },
    })),
  );

/** Everything a log line, a console or a serializer prints of an error. */
export function printedForms(error: XModeError): string[] {
  return [
    error.message,
    String(error),
    error.stack ?? '',
    JSON.stringify(error),
    JSON.stringify(error.toJSON()),
    inspect(error, { depth: 10 }),
    inspect(error, { depth: 10, showHidden: true }),
  ];
}

/** The first planted secret found in `texts`, or undefined. */
export function leaked(texts: readonly string[], planted: readonly Planted[]): string | undefined {
  const all = texts.join('\n').toLowerCase();
  return planted.find((p) => all.includes(p.body.toLowerCase()))?.body;
}
