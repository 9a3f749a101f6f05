/** Longest server message kept, in characters. Longer text is cut with an ellipsis. */
export const MAX_MESSAGE_LENGTH = 500;

// C0/C1 controls except tab and newline, and the bidi embeddings/overrides/isolates
// (U+202A–U+202E, U+2066–U+2069) that can make text read differently from what it is.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// Something that looks like a real key (8+ characters after the prefix) or token (12+),
// so the reference's own advice "send `Bearer xm_live_…`" stays readable.
const API_KEY = /\bxm_[a-z]+_[A-Za-z0-9_-]{8,}/g;
const BEARER = /\bBearer\s+[A-Za-z0-9._~+/=-]{12,}/gi;

/**
 * Turns anything a server sent into plain, bounded, key-free text: non-strings give
 * `undefined`, control and bidi characters are removed, `xm_live_…` keys and bearer
 * tokens are redacted, the result is trimmed and cut to `max` characters. HTML stays as
 * the literal text it is: it is never interpreted.
 */
export function cleanText(value: unknown, max = MAX_MESSAGE_LENGTH): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Work on a bounded slice first so a 1 MB message costs no more than a short one.
  const text = redactSecrets(value.slice(0, max * 2).replace(UNSAFE_CHARS, '')).trim();
  if (!text) return undefined;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** Replaces xMode API keys and `Bearer` tokens with a fixed marker. */
export function redactSecrets(text: string): string {
  return text.replace(API_KEY, 'xm_[redacted]').replace(BEARER, 'Bearer [redacted]');
}
