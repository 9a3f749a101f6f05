'use client';

import { errorCatalog, isXModeError, toXModeError, type UiSurface, type XModeError, type XModeErrorCode } from '../core';
import { useMessages, useXModeContext } from './context';
import { describeError, supportRequestId } from './messages';

/** What a component should show for an error, read from the catalog and the copy. */
export interface ErrorUiState {
  error: XModeError;
  code: XModeErrorCode;
  surface: UiSurface;
  /** Plain heading from the copy (never the raw code). */
  title: string;
  /** What happened and how to fix it, from the copy. */
  description: string;
  /** True when trying the same request again can help. */
  retryable: boolean;
  requestId?: string;
}

/**
 * The UI state for an error (`null` for no error or an aborted request). Accepts
 * anything thrown: non-`XModeError` values are normalized first. The component that
 * calls it shows the error on the page, so it claims it (`useClaim`): the query client
 * then toasts it no more (unless a form claimed it first).
 */
export function useErrorState(error: unknown): ErrorUiState | null {
  const messages = useMessages();
  const { voices } = useXModeContext().runtime;
  if (error === null || error === undefined) return null;
  const xmodeError = isXModeError(error) ? error : toXModeError(error);
  if (xmodeError.aborted) return null;
  voices.claim(xmodeError, 'page');
  const entry = errorCatalog[xmodeError.code];
  const copy = describeError(messages, xmodeError);
  return {
    error: xmodeError,
    code: xmodeError.code,
    surface: entry.surface,
    title: copy.title,
    description: copy.description,
    retryable: entry.retry.kind !== 'never',
    requestId: supportRequestId(xmodeError),
  };
}
