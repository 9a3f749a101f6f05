'use client';

import { useEffect, useRef, type RefObject } from 'react';
import { useFormState, type FieldValues } from 'react-hook-form';
import { formatMessage } from '../messages';
import { useXModeContext } from '../context';
import { useMessages } from '../useMessages';
import { flattenFormErrors, sortByFieldOrder, valuePaths, type FormErrorEntry } from './formErrors';
import type { ServerErrors } from './useServerErrors';

/** Most problems an error summary lists; the rest are counted in its last line. */
export const DEFAULT_SUMMARY_MAX_ITEMS = 20;

/** What `useErrorSummary` gives to render a summary. */
export interface ErrorSummaryState {
  /** Field order, form-level messages last; at most `maxItems`. */
  entries: FormErrorEntry[];
  /** The billing route when the error is `payment_required`: its form-level message links there (its fix, one Tab from the focused summary). */
  topUp?: string;
  /** "and N more problems" when some are not listed (the core's cap and `maxItems`). */
  more?: string;
  /** Attach to the summary element: it takes focus on each failed submit (`tabindex="-1"` until focus leaves it). */
  ref: RefObject<HTMLDivElement | null>;
}

/**
 * The data and focus behaviour of a GOV.UK error summary, for `<ErrorSummary>` or your
 * own markup: every message of the form (client and server) in field order, links to
 * the fields, and focus moved to the summary once it has rendered after a failed submit.
 */
export function useErrorSummary<TFieldValues extends FieldValues, TContext, TTransformedValues>(
  server: ServerErrors<TFieldValues, TContext, TTransformedValues>,
  maxItems = DEFAULT_SUMMARY_MAX_ITEMS,
): ErrorSummaryState {
  const messages = useMessages();
  const { topUpHref } = useXModeContext();
  const { form, failure, omitted, error, registerSummary } = server;
  const { errors } = useFormState({ control: form.control });
  const entries = sortByFieldOrder(flattenFormErrors(errors, messages), valuePaths(form.getValues()));
  const listed = entries.slice(0, Math.max(0, maxItems));
  // The core's count of dropped fields joins once the kept ones are applied (one summary, said once).
  const hidden = entries.length === 0 ? 0 : entries.length - listed.length + omitted;
  const more = hidden > 0 ? formatMessage(messages.ui.moreProblems, { count: hidden }, messages.format) : undefined;

  const ref = useRef<HTMLDivElement>(null);
  const focusedFailure = useRef<object | null>(null);
  const visible = listed.length > 0 || more !== undefined;
  useEffect(() => registerSummary(), [registerSummary]);
  useEffect(() => {
    if (!failure || !visible || focusedFailure.current === failure) return;
    focusedFailure.current = failure;
    const summary = ref.current;
    if (!summary) return;
    // Focusable while it has focus, then not (GOV.UK): a later click in it draws no ring, pulls no focus.
    summary.tabIndex = -1;
    summary.focus();
    summary.addEventListener('blur', () => summary.removeAttribute('tabindex'), { once: true });
  }, [failure, visible]);

  return { entries: listed, topUp: error?.code === 'payment_required' ? topUpHref : undefined, more, ref };
}
