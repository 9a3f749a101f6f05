import { redactHead } from './redact';

/** Longest server message kept, in characters. Longer text is cut with an ellipsis. */
export const MAX_MESSAGE_LENGTH = 500;

// C0/C1 controls except tab and newline, and the bidi embeddings/overrides/isolates
// (U+202A–U+202E, U+2066–U+2069) that can make text read differently from what it is.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Turns anything a server sent into plain, bounded, key-free text: non-strings give
 * `undefined`, control and bidi characters are removed, `xm_live_…` keys and bearer
 * tokens are redacted, the result is trimmed and cut to `max` characters. HTML stays as
 * the literal text it is: it is never interpreted.
 */
export function cleanText(value: unknown, max = MAX_MESSAGE_LENGTH): string | undefined {
  if (typeof value !== 'string') return undefined;
  // A bounded window: a 1 MB message costs no more than a short one.
  const text = redactHead(value, max * 2, (head) => head.replace(UNSAFE_CHARS, '')).trim();
  if (!text) return undefined;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
