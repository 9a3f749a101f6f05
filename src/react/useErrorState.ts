'use client';

import { errorCatalog, type XModeError, type XModeErrorCode } from '../core';
import { useMessages } from './useMessages';
import { errorToShow } from './errorToShow';
import { describeError, supportRequestId } from './messages';

/** What a component should show for an error, read from the catalog and the copy. */
export interface ErrorUiState {
  error: XModeError;
  code: XModeErrorCode;
  /** Plain heading from the copy (never the raw code). */
  title: string;
  /** What happened and how to fix it, from the copy. */
  description: string;
  /** True when trying the same request again can help. */
  retryable: boolean;
  requestId?: string;
}

/**
 * The UI state for an error (`null` for no error, a cancelled query or an aborted
 * request). Accepts anything thrown: non-`XModeError` values are normalized first.
 */
export function useErrorState(error: unknown): ErrorUiState | null {
  const messages = useMessages();
  const shown = errorToShow(error);
  if (!shown) return null;
  const copy = describeError(messages, shown);
  return {
    error: shown,
    code: shown.code,
    title: copy.title,
    description: copy.description,
    retryable: errorCatalog[shown.code].retry.kind !== 'never',
    requestId: supportRequestId(shown),
  };
}
