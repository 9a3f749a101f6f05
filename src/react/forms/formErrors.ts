import type { FieldErrors, FieldValues } from 'react-hook-form';
import type { XModeMessages } from '../messages';
import { formText } from './mapServerErrors';

/** `type` of every error this module sets with `setError`; only these are cleared by it. */
export const SERVER_ERROR_TYPE = 'server';
/** Where form-level server messages live: `errors.root.server` (RHF's reserved `root`). */
export const FORM_ERROR_PATH = 'root.server';

/** How deep an errors or values tree is followed (RHF paths are short; this bounds cycles). */
const MAX_DEPTH = 12;
/** Most nodes visited in one tree, so a huge values object costs a bounded render. */
const MAX_NODES = 5_000;
const ERROR_KEYS: ReadonlySet<string> = new Set(['type', 'message', 'types', 'ref']);

/** One message of a form's errors, as the summary lists it. */
export interface FormErrorEntry {
  /** react-hook-form error path: `prompt`, `referenceImages.root`, `root.server`. */
  path: string;
  /** The field it belongs to (`referenceImages` for `referenceImages.root`); `undefined` at form level. */
  field?: string;
  /** Plain, bounded text. */
  message: string;
  type: string;
}

type ErrorLeaf = { type?: unknown; message?: unknown; types?: unknown };

function isLeaf(value: unknown): value is ErrorLeaf {
  if (typeof value !== 'object' || value === null) return false;
  const leaf = value as ErrorLeaf;
  return typeof leaf.type === 'string' || typeof leaf.message === 'string';
}

/**
 * Calls `visit` with every node of a tree and its dotted path, depth-first in key order,
 * and goes into the objects it returns true for (but no key of `skip`). Bounded: at most
 * `MAX_DEPTH` deep (cycles) and `MAX_NODES` objects (a huge values object).
 */
function walkTree(tree: unknown, visit: (value: unknown, path: string) => boolean, skip?: ReadonlySet<string>): void {
  let nodes = 0;
  const walk = (value: unknown, path: string, depth: number) => {
    if (!visit(value, path) || typeof value !== 'object' || value === null || depth > MAX_DEPTH || ++nodes > MAX_NODES) return;
    for (const key of Object.keys(value)) {
      if (!skip?.has(key)) walk((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, depth + 1);
    }
  };
  walk(tree, '', 0);
}

/**
 * Every message in a react-hook-form `errors` tree, in the tree's order. Form-level
 * server errors (`root.server`) give one entry per message (kept in `types`).
 */
export function flattenFormErrors(errors: FieldErrors, messages: Pick<XModeMessages, 'forms'>): FormErrorEntry[] {
  const out: FormErrorEntry[] = [];
  walkTree(
    errors,
    (value, path) => {
      if (isLeaf(value) && path) {
        const formLevel = path === 'root' || path.startsWith('root.');
        const field = formLevel ? undefined : path.replace(/\.root$/, '');
        const type = typeof value.type === 'string' ? value.type : '';
        // Form-level server messages are listed one by one (kept in `types`).
        const listed = formLevel && type === SERVER_ERROR_TYPE && typeof value.types === 'object' && value.types !== null ? Object.values(value.types).filter((item) => typeof item === 'string') : [];
        for (const text of listed.length > 0 ? listed : [value.message]) {
          out.push({ path, field, message: formText(text, messages), type });
        }
      }
      return true;
    },
    ERROR_KEYS,
  );
  return out;
}

/**
 * The message of one field (`undefined` when it has none): the error at `name`, or the
 * list-level error of a field array (`name.root`).
 */
export function fieldErrorMessage(errors: FieldErrors, name: string, messages: Pick<XModeMessages, 'forms'>): string | undefined {
  const node = getPath(errors, name);
  const leaf = isLeaf(node) ? node : getPath(node, 'root');
  return isLeaf(leaf) ? formText(leaf.message, messages) : undefined;
}

function getPath(value: unknown, path: string): unknown {
  let node = value;
  for (const segment of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/**
 * Every path of a values tree (`referenceImages`, `referenceImages.0`,
 * `referenceImages.0.url`, …) in the order the form declares them: the order fields are
 * shown in, for a form whose `defaultValues` follow its layout.
 */
export function valuePaths(values: FieldValues): string[] {
  const out: string[] = [];
  walkTree(values, (value, path) => {
    if (path) out.push(path);
    // A Date or File is one field, not a group.
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return true;
    const proto: unknown = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
  });
  return out;
}

/**
 * Sorts entries into field order: by the position of the field (or its nearest listed
 * ancestor) in `order`, fields not in it next, form-level messages last (so a flood of
 * messages for unknown fields never pushes the fixable ones out of a capped summary);
 * ties keep their order.
 */
export function sortByFieldOrder(entries: readonly FormErrorEntry[], order: readonly string[]): FormErrorEntry[] {
  const position = new Map(order.map((path, index) => [path, index] as const));
  const rank = (entry: FormErrorEntry): number => {
    if (entry.field === undefined) return order.length + 1;
    const segments = entry.field.split('.');
    for (let length = segments.length; length > 0; length -= 1) {
      const found = position.get(segments.slice(0, length).join('.'));
      if (found !== undefined) return found;
    }
    return order.length;
  };
  const ranks = new Map(entries.map((entry) => [entry, rank(entry)] as const));
  // `sort` is stable: ties keep their order.
  return [...entries].sort((a, b) => (ranks.get(a) as number) - (ranks.get(b) as number));
}
