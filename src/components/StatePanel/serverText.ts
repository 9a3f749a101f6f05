import { cleanText, toXModeError } from '../../core';

// The text `XModeError` makes up when the response had none: for developers, not users.
const MODULE_FALLBACK = /^xMode request failed: /;

/**
 * The server's own message of an error, ready to render as plain text (cleaned and
 * length-capped again here, so a value that did not come through the core is bounded
 * too); `undefined` when there is no error or only the module's fallback text.
 */
export function serverText(error: unknown): string | undefined {
  if (error === null || error === undefined) return undefined;
  const { message } = toXModeError(error);
  return MODULE_FALLBACK.test(message) ? undefined : cleanText(message);
}
