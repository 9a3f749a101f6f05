'use client';

import type { CatalogCode } from '../core';
import { useMessages } from './useMessages';
import { describeError, type ErrorCopyValues, type ErrorLike } from './messages';

/**
 * The title and advice of a code (or of an error, for its request id) as strings, for
 * the situation it is shown in (see `describeError`). For components that show one code.
 */
export function useErrorCopy(
  error: CatalogCode | ErrorLike,
  situation?: Partial<ErrorCopyValues>,
): { title: string; description: string } {
  const messages = useMessages();
  return describeError(messages, typeof error === 'string' ? { code: error } : error, situation);
}
