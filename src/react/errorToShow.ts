import { isCancelledError } from '@tanstack/react-query';
import { toXModeError, type XModeError } from '../core';

/**
 * The one normalisation of a thrown value for the UI: an `XModeError` to show, or `null`
 * for nothing to show (no error, a cancelled query, an aborted request).
 */
export function errorToShow(thrown: unknown): XModeError | null {
  if (thrown === null || thrown === undefined || isCancelledError(thrown)) return null;
  const error = toXModeError(thrown);
  return error.aborted ? null : error;
}
