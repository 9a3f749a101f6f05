import { toXModeError } from '../../core';
import { cleanText } from '../../core/text';

/**
 * The server's own message of an error, ready to render as plain text (cleaned and
 * length-capped again here, so a value that did not come through the core is bounded
 * too); `undefined` when there is no error or the module made the text up.
 */
export function serverText(error: unknown): string | undefined {
  if (error === null || error === undefined) return undefined;
  const xmodeError = toXModeError(error);
  return xmodeError.hasServerMessage ? cleanText(xmodeError.message) : undefined;
}
