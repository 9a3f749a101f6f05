// The one place that decides what a secret looks like. `XModeError` applies it to
// everything it carries (message, fields keys and values, request id, cause chain), so
// no other code has to remember to.

// An xMode key: `xm_<env>_` and 8+ characters, in any case, plain or percent-encoded
// (`xm%5Flive%5F…`), wherever it sits (`token_xm_live_…`, `Bearer%20xm_live_…`). No word
// boundary: `_` and `%20` are word characters to a regex.
const API_KEY = /xm(?:_|%5f)[a-z]+(?:_|%5f)[a-z0-9_%-]{8,}/gi;
// A bearer token, raw or URL/form-encoded (`Bearer%20…`, `Bearer+…`), 8+ characters. The
// placeholder `xm_live_` (no key after it) is no token: the reference's advice "send
// `Bearer xm_live_…`" stays readable. The token cannot start with a separator: no backtracking between them.
const BEARER = /(bearer)((?:\s|%20|\+)+)(?!xm(?:_|%5f)[a-z]+(?:_|%5f)(?![a-z0-9]))[a-z0-9._~/=-][a-z0-9._~+/=%-]{7,}/gi;
// A header or setting that names its value a secret: `Authorization: Basic …`,
// `api_key=…`, `"access_token": "…"`. A bare "Basic" is a word, not a credential.
// The value is never a name itself: `Authorization: Authorization: Basic …` is redacted too.
const NAMED =
  /(authorization|api[_-]?key|access[_-]?token)(["']?\s*[:=]\s*["']?)((?:basic|bearer|token|digest)(?:\s|%20|\+)+)?(?!authorization|api[_-]?key|access[_-]?token)[^\s"',;&+%][^\s"',;&]{7,}/gi;
// Property names whose value is a credential whatever it looks like (headers, configs).
const SECRET_NAMES = /^((proxy-)?authorization|(set-)?cookie|x-api-key|api[_-]?key|password|secret|(access[_-]?)?token)$/i;

/** What a key becomes. */
const REDACTED_KEY = 'xm_[redacted]';
const REDACTED = '[redacted]';

// Every shape above starts with one of these: one cheap scan spares most text three.
const HINT = /xm|bearer|authorization|api[_-]?key|access[_-]?token/i;

// Invisible format characters (zero-width space and joiners, word joiner, soft hyphen,
// LRM/RLM, BOM): a key with them inside looks like the key to a person and works when
// copied by hand, so they are dropped before matching (only from text that holds a secret).
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g;

/** Replaces xMode API keys, bearer tokens and named credentials with a fixed marker. */
export function redactSecrets(text: string): string {
  const visible = text.replace(INVISIBLE, '');
  if (!HINT.test(visible)) return text;
  return visible
    .replace(API_KEY, REDACTED_KEY)
    .replace(BEARER, (_match, scheme: string, space: string) => `${scheme}${space}${REDACTED}`)
    .replace(NAMED, (_match, name: string, glue: string, scheme = '') => `${name}${glue}${scheme}${REDACTED}`);
}

// What a cut left of a token at the end of a text (at most 64 characters): a key cut in
// two is too short for `redactSecrets` to recognise, and half a key is still a leak.
const CUT_TOKEN = /[\w%.~+/=-]{1,64}$/;

/**
 * `redactSecrets` over the first `size` characters of `text`, so a 1 MB string costs no
 * more than a short one. `prepare` runs before redaction (cleanText removes control
 * characters there, which can join a key). A cut string loses its cut last token.
 */
export function redactHead(text: string, size: number, prepare: (text: string) => string = (same) => same): string {
  const head = redactSecrets(prepare(text.slice(0, size)));
  return text.length > size ? head.replace(CUT_TOKEN, '') : head;
}

const MAX_DEPTH = 8; // causes and nested props followed
const MAX_KEYS = 50; // own props copied per object
const MAX_STRING = 8_000; // characters kept per string (stacks included)

const BUILT_IN_ERRORS = [TypeError, RangeError, SyntaxError, ReferenceError, URIError, EvalError] as const;
// An error's parts kept apart from its own props.
const ERROR_PARTS = ['stack', 'cause', 'errors'];

/**
 * A copy of `value` with every secret redacted, for keeping as `cause`: what
 * `util.inspect` and `console.error` print — name, message, stack, own enumerable props,
 * nested causes, `AggregateError` errors — survives, redacted; the type survives for
 * built-in errors. Props named like credentials (`authorization`, `cookie`, `apiKey`…)
 * lose their value; getters are not called; any other object (a URL, `Headers`, a `Date`)
 * is kept as its redacted text. Cycles, throwing getters and depth are handled. Never throws.
 */
export function redactValue(value: unknown): unknown {
  return copy(value, 0, new Map());
}

function copy(value: unknown, depth: number, seen: Map<object, unknown>): unknown {
  try {
    if (typeof value === 'string') return redactHead(value, MAX_STRING);
    if (typeof value === 'function') return '[Function]';
    if (typeof value !== 'object' || value === null) return value;
    if (seen.has(value)) return seen.get(value);
    if (depth > MAX_DEPTH) return '[…]';
    const error = value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';
    const proto = Object.getPrototypeOf(value) as unknown;
    if (!error && !Array.isArray(value) && proto !== Object.prototype && proto !== null) return redactHead(String(value), MAX_STRING);
    const out: Record<string, unknown> = error ? makeError(value as Error, depth, seen) : Array.isArray(value) ? ([] as unknown as Record<string, unknown>) : {};
    seen.set(value, out);
    if (error) for (const part of ERROR_PARTS) if (part in value) define(out, part, copy(readProp(value, part), depth + 1, seen));
    for (const key of Object.keys(value).slice(0, MAX_KEYS)) {
      if (error && ERROR_PARTS.includes(key)) continue;
      // Defined, not assigned: an own `__proto__` stays a prop instead of becoming a prototype.
      define(out, redactHead(key, 256), SECRET_NAMES.test(key) ? REDACTED : copy(ownValue(value, key), depth + 1, seen), true);
    }
    return out;
  } catch {
    return '[unreadable]';
  }
}

function makeError(original: Error, depth: number, seen: Map<object, unknown>): Record<string, unknown> {
  const name = typeof original.name === 'string' ? (copy(original.name, depth, seen) as string) : 'Error';
  const Type = BUILT_IN_ERRORS.find((type) => original instanceof type) ?? Error;
  const out = new Type(typeof original.message === 'string' ? (copy(original.message, depth, seen) as string) : '');
  if (out.name !== name) define(out, 'name', name);
  return out as unknown as Record<string, unknown>;
}

// An accessor is not called (as `util.inspect` does not): a getter may throw, be slow or act.
function ownValue(target: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  return descriptor && 'value' in descriptor ? descriptor.value : '[Getter]';
}

function readProp(target: object, key: string): unknown {
  try {
    return (target as Record<string, unknown>)[key];
  } catch {
    return '[unreadable]';
  }
}

function define(target: object, key: string, value: unknown, enumerable = false) {
  try {
    Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable });
  } catch {
    // A frozen or exotic object: keep what it has.
  }
}
