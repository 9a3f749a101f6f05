import { redactSecrets } from './redact';
import { cleanText } from './text';

/** Most field entries kept from one response; the rest are counted, not kept. */
export const MAX_FIELDS = 100;
/** Longest field message, in characters. */
export const MAX_FIELD_MESSAGE_LENGTH = 300;
/** Longest field path, in characters. */
const MAX_FIELD_PATH_LENGTH = 200;
/** How deep nested `fields` objects are followed (`images.0.prompt` is depth 3). */
const MAX_DEPTH = 4;

/**
 * Key of the entry that collects messages belonging to no usable field: keys that could
 * pollute prototypes (`__proto__`, `constructor`, `prototype`), keys holding a secret, a
 * `fields` that is a string or a list, over-long paths. Forms show it as a form-level error.
 */
export const FORM_FIELD = '_form';

const UNSAFE_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const FALLBACK_FIELD_MESSAGE = 'Check this value';

/** What `normalizeFields` returns. */
export interface NormalizedFields {
  /** Null-prototype, frozen map of dotted field path → plain-text message. */
  readonly fields: Readonly<Record<string, string>>;
  /** Entries dropped once `MAX_FIELDS` was reached. */
  readonly omitted: number;
}

/**
 * Normalizes the `fields` member of an error body, whatever its type, into
 * `path → message`. Nested objects and arrays become dotted paths
 * (`{ images: [{ prompt: 'too long' }] }` → `images.0.prompt`); a `fields` that is a list
 * (not the documented map) gives form-level messages, each item in its own words
 * (`[{ field: 'prompt', message: 'is required' }]` → "prompt: is required"); non-string
 * leaves become text; nothing is lost but what exceeds the caps, and that is counted.
 */
export function normalizeFields(raw: unknown): NormalizedFields {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  let count = 0;
  let omitted = 0;

  // `message` is computed only for an entry that is kept: 5 000 fields cost 100 cleanings.
  const put = (path: string, message: () => string): void => {
    // A key that held a secret is no field of a form: its message goes to the form level.
    const key = path.length > MAX_FIELD_PATH_LENGTH || isUnsafePath(path) || holdsSecret(path) ? FORM_FIELD : path;
    const existing = out[key];
    if (existing !== undefined) {
      out[key] = cleanText(`${existing}; ${message()}`, MAX_FIELD_MESSAGE_LENGTH) ?? existing;
      return;
    }
    if (count >= MAX_FIELDS) {
      omitted += 1;
      return;
    }
    count += 1;
    out[key] = message();
  };

  const walk = (value: unknown, path: string, depth: number): void => {
    if (value === null || value === undefined) {
      if (path) put(path, () => FALLBACK_FIELD_MESSAGE);
      return;
    }
    if (!path && Array.isArray(value)) {
      // `fields` as a list, not the documented map: each item is a problem of the form, in
      // its own words (`{ field, message }` → "prompt: is required").
      for (const item of value) put(FORM_FIELD, () => cleanText(itemText(item), MAX_FIELD_MESSAGE_LENGTH) ?? FALLBACK_FIELD_MESSAGE);
      return;
    }
    if (typeof value === 'object' && depth < MAX_DEPTH) {
      if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
        // ["too short", "no digits"] is a list of messages of one field, not sub-fields.
        const text = cleanText(value.join('; '), MAX_FIELD_MESSAGE_LENGTH);
        if (text) put(path || FORM_FIELD, () => text);
        return;
      }
      // An array's entries are its indexes: `images.0.prompt`.
      for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key, depth + 1);
      return;
    }
    put(path || FORM_FIELD, () => cleanText(leafText(value), MAX_FIELD_MESSAGE_LENGTH) ?? FALLBACK_FIELD_MESSAGE);
  };

  try {
    walk(raw, '', 0);
  } catch {
    // A getter or proxy that throws: keep what was read so far.
  }
  return { fields: Object.freeze(out), omitted };
}

function holdsSecret(path: string): boolean {
  return redactSecrets(path) !== path;
}

function isUnsafePath(path: string): boolean {
  return path.split('.').some((segment) => UNSAFE_SEGMENTS.has(segment) || segment === '');
}

/** A list item's text: a string as it is; an object's string and number members, joined. */
function itemText(item: unknown): string {
  if (typeof item !== 'object' || item === null) return leafText(item);
  return Object.values(item)
    .filter((member) => typeof member === 'string' || typeof member === 'number')
    .join(': ');
}

/** A leaf's text: a string as it is, a number as written, anything else as JSON ('' when it has none). */
function leafText(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}
