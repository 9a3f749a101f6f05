import { FORM_FIELD } from '../../core';

/**
 * Path segments that never name a form field: prototype keys (they would pollute the
 * objects react-hook-form builds from paths), RHF's reserved `root`, and the core's
 * form-level entry. A server path containing one goes to the form level.
 */
const RESERVED_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype', 'root', FORM_FIELD]);

/** Maps an API field path to the form's path; see `fieldMap` of `mapServerErrors`. */
export type FieldMap = Readonly<Record<string, string>> | ((apiPath: string) => string | undefined);

/** A field's label for messages, by form path; see `labels` of `mapServerErrors`. */
export type FieldLabels = Readonly<Record<string, string>> | ((path: string) => string | undefined);

/**
 * `images[0].prompt`, `images.0.prompt` and `images["0"].prompt` → `images.0.prompt`
 * (react-hook-form's dotted form). Returns `undefined` for a path that must not become a
 * field: empty, with an empty or reserved segment.
 */
export function toFormPath(path: string): string | undefined {
  const dotted = path.replace(/\[\s*(?:"([^"\]]*)"|'([^'\]]*)'|([^\]]*?))\s*\]/g, (_match, dq?: string, sq?: string, bare?: string) => `.${dq ?? sq ?? bare ?? ''}`);
  const trimmed = dotted.startsWith('.') ? dotted.slice(1) : dotted;
  const segments = trimmed.split('.');
  if (segments.some((segment) => segment === '' || RESERVED_SEGMENTS.has(segment))) return undefined;
  return segments.join('.');
}

/**
 * Applies a `fieldMap` to a dotted API path. A record key matches the whole path or its
 * leading segments (`{ images: 'generations' }` maps `images.0.prompt` to
 * `generations.0.prompt`); `*` in a key matches one segment and fills the `*`s of the
 * value in order (`{ 'referenceImages.*': 'referenceImages.*.url' }`). The longest
 * matching key wins. A function gets the dotted path and returns the form path
 * (`undefined` keeps the path as it is).
 */
export function applyFieldMap(path: string, fieldMap: FieldMap | undefined): string {
  if (typeof fieldMap === 'function') return fieldMap(path) ?? path;
  const segments = path.split('.');
  // The longest matching key: how many segments it replaces, and their form path.
  let best: [length: number, head: string] | undefined;
  for (const [key, value] of Object.entries(fieldMap ?? {})) {
    const pattern = key.split('.');
    const captured: string[] = [];
    if (
      pattern.length <= segments.length &&
      !(best && best[0] >= pattern.length) &&
      pattern.every((part, index) => (part === '*' ? captured.push(segments[index] as string) : part === segments[index]))
    ) {
      best = [pattern.length, value.replace(/\*/g, () => captured.shift() ?? '*')];
    }
  }
  return best ? [best[1], ...segments.slice(best[0])].join('.') : path;
}

/**
 * The label of a form path: from `labels` (exact path first, then the path with its
 * numbers as `*`, where `{n}` in the label becomes the first number + 1), else made from
 * the path: `endUserEmail` → "End user email", `referenceImages.2.url` → "Reference
 * images 3 url".
 */
export function labelFor(path: string, labels: FieldLabels | undefined): string {
  let explicit: string | undefined;
  if (typeof labels === 'function') explicit = labels(path);
  else if (labels && Object.hasOwn(labels, path)) explicit = labels[path];
  else {
    const wildcard = path.replace(/(^|\.)\d+(?=\.|$)/g, '$1*');
    const index = /(?:^|\.)(\d+)(?=\.|$)/.exec(path)?.[1];
    if (labels && Object.hasOwn(labels, wildcard)) explicit = labels[wildcard]?.replace(/\{n\}/g, index === undefined ? '' : String(Number(index) + 1));
  }
  return (
    explicit ??
    sentence(
      path
        .split('.')
        .map((segment) => (/^\d+$/.test(segment) ? String(Number(segment) + 1) : segment))
        .join(' ')
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
        .replace(/([A-Za-z])(\d)/g, '$1 $2')
        .replace(/[_-]+/g, ' ')
        .toLowerCase()
        .trim(),
    )
  );
}

/** The text with its first letter in upper case. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
