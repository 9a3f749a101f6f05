'use client';

import { useEffect, useRef, type RefObject } from 'react';
import { useFormState, type FieldPath, type FieldValues } from 'react-hook-form';
import { formatMessage } from '../messages';
import { useXModeContext } from '../context';
import { useMessages } from '../useMessages';
import { FORM_ERROR_PATH, flattenFormErrors, sortByFieldOrder, valuePaths } from './formErrors';
import { focusField } from './focusField';
import type { ServerErrors } from './useServerErrors';

/** Most problems an error summary lists; the rest are counted in its last line. */
export const DEFAULT_SUMMARY_MAX_ITEMS = 20;

/** One line of the error summary: a field link, or form-level text. */
export interface ErrorSummaryItem {
  key: string;
  message: string;
  /**
   * `#<fieldId>` for a field's message; the billing route for `payment_required` (its
   * fix, one Tab from the focused summary); absent for other form-level ones.
   */
  href?: string;
  /** Focuses the field (for the link's click); absent for a link that navigates. */
  focus?: () => void;
}

/** What `useErrorSummary` gives to render a summary. */
export interface ErrorSummaryState {
  /** Field order, form-level messages first; at most `maxItems`. */
  items: ErrorSummaryItem[];
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
  const { form, failure, omitted, error, fieldId, registerSummary } = server;
  const { errors } = useFormState({ control: form.control });
  const entries = sortByFieldOrder(flattenFormErrors(errors, messages), valuePaths(form.getValues()));
  const listed = entries.slice(0, Math.max(0, maxItems));
  // The core's count of dropped fields joins once the kept ones are applied (one summary, said once).
  const hidden = entries.length === 0 ? 0 : entries.length - listed.length + omitted;
  const topUp = error?.code === 'payment_required' ? topUpHref : undefined;
  const items = listed.map((entry, index): ErrorSummaryItem => {
    const { field } = entry;
    if (field === undefined && topUp && entry.path === FORM_ERROR_PATH) return { key: `${entry.path}#${index}`, message: entry.message, href: topUp };
    if (field === undefined) return { key: `${entry.path}#${index}`, message: entry.message };
    const id = fieldId(field);
    return {
      key: `${entry.path}#${index}`,
      message: entry.message,
      href: `#${id}`,
      focus: () => focusField(id, () => form.setFocus(field as FieldPath<TFieldValues>)),
    };
  });
  const more = hidden > 0 ? formatMessage(messages.ui.moreProblems, { count: hidden }, messages.format) : undefined;

  const ref = useRef<HTMLDivElement>(null);
  const focusedFailure = useRef<object | null>(null);
  const visible = items.length > 0 || more !== undefined;
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

  return { items, more, ref };
}
