// `fields` as a list of problems, the shape many validators send:
// `[{ field, message }]`, `[{ path, message }]`, `[{ name, error }]`, FastAPI's
// `[{ loc: ['body', 'prompt'], msg }]`, Ajv's `[{ instancePath: '/prompt', message }]`,
// express-validator's `[{ param, msg }]`.

/** Members that name the field of a problem, in the order they are looked for. */
const NAME_KEYS = ['field', 'path', 'name', 'param', 'property', 'key', 'loc', 'instancePath'] as const;
/** Members that hold the problem itself. */
const MESSAGE_KEYS = ['message', 'msg', 'error', 'detail', 'reason'] as const;
// FastAPI's `loc` starts with where the value came from, which is no part of its name.
const LOCATIONS: ReadonlySet<string> = new Set(['body', 'query', 'path', 'header', 'cookie']);

/** One problem of such a list: the field's dotted path (`''`: the form), and its message. */
export type ListedProblem = readonly [path: string, message: unknown];

/**
 * The problems of a list of problem objects, or `undefined` when `value` is not one (no
 * item has a message member). Items without a usable name belong to the form (`''`).
 */
export function listedProblems(value: unknown): ListedProblem[] | undefined {
  if (!Array.isArray(value) || !value.some((item) => messageKey(item) !== undefined)) return undefined;
  return value.map((item: unknown): ListedProblem => {
    const key = messageKey(item);
    if (key === undefined) return ['', item];
    const record = item as Record<string, unknown>;
    const nameKey = NAME_KEYS.find((name) => record[name] !== undefined && record[name] !== null);
    return [nameKey ? pathOf(record[nameKey], nameKey) : '', record[key]];
  });
}

function messageKey(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  return MESSAGE_KEYS.find((key) => (item as Record<string, unknown>)[key] !== undefined);
}

/** `['body', 'images', 0]` → `images.0`; `/images/0` → `images.0`; `images[0].prompt` → `images.0.prompt`. */
function pathOf(name: unknown, nameKey: string): string {
  if (Array.isArray(name)) {
    const segments = name.map(String);
    if (nameKey === 'loc' && segments.length > 1 && LOCATIONS.has(segments[0] ?? '')) segments.shift();
    return segments.join('.');
  }
  if (typeof name !== 'string') return typeof name === 'number' ? String(name) : '';
  if (name.startsWith('/')) {
    return name.slice(1).split('/').map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');
  }
  return name.replace(/\[(\w+)\]/g, '.$1').replace(/^\./, '');
}
