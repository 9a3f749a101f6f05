'use client';

import { useCallback, useEffect, useId, useMemo, useRef, useState, type BaseSyntheticEvent } from 'react';
import type { FieldPath, FieldValues, SubmitHandler, UseFormReturn } from 'react-hook-form';
import { isXModeError, type XModeError } from '../../core';
import { useXModeContext } from '../context';
import { useMessages } from '../useMessages';
import { useAccountState } from '../useAccountState';
import { errorToShow } from '../errorToShow';
import { useIsomorphicLayoutEffect } from '../useIsomorphicLayoutEffect';
import { useOutcomeUnknown } from '../useAnnounces';
import { waitEnd } from '../useWait';
import { FORM_ERROR_PATH, SERVER_ERROR_TYPE, fieldErrorMessage, flattenFormErrors, valuePaths } from './formErrors';
import { mapServerErrors, type MapServerErrorsOptions } from './mapServerErrors';
import { focusField, isOnScreen } from './focusField';

/** Settings of `useServerErrors`. */
export interface UseServerErrorsOptions extends Omit<MapServerErrorsOptions, 'messages' | 'outcomeUnknown'> {
  /**
   * Prefix of the ids `fieldId(name)` makes (`"<prefix>-<name>"`). Default a `useId()`
   * value; set one for readable ids (`"generate"` → `generate-prompt`).
   */
  idPrefix?: string;
  /**
   * `mutation.isPending`: while true, submits are ignored (no double submit) and
   * `<SubmitButton>` says so.
   */
  pending?: boolean;
  /**
   * Whether the module's shared 429 cooldown blocks this form. Default true. `false` for a
   * form whose requests do not go through the xMode client (dashboard endpoints with
   * limits of their own); a `rate_limited` error's own `Retry-After` still blocks it.
   */
  cooldown?: boolean;
}

/** Props that connect an input to its message: spread them on the input. */
export interface FieldA11yProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** What `useServerErrors` returns: pass it to `<ErrorSummary>`, `<FieldError>`, `<SubmitButton>`. */
export interface ServerErrors<TFieldValues extends FieldValues = FieldValues, TContext = unknown, TTransformedValues = TFieldValues> {
  form: UseFormReturn<TFieldValues, TContext, TTransformedValues>;
  /** The error being shown (normalized), `null` once resubmitted, for none or an aborted request. */
  error: XModeError | null;
  /** `error` ended a paid request with a server fault: it may or may not have gone through (`meta.xmode.paid`). */
  outcomeUnknown: boolean;
  pending: boolean;
  /** Whether the shared 429 cooldown blocks this form (`options.cooldown`). */
  cooldown: boolean;
  /** Field entries the response had beyond the core's cap, while its error is shown. */
  omitted: number;
  /** A new value on each failed submit (client or server): the summary takes focus when it changes. */
  failure: object | null;
  /** The id a field's focusable element must carry (summary links and labels point to it). */
  fieldId(name: string): string;
  /** The id of a field's message element. */
  errorId(name: string): string;
  /** `id`, `aria-invalid` and `aria-describedby` for a field; `describedBy` adds your hint's id. */
  fieldProps(name: FieldPath<TFieldValues>, options?: { describedBy?: string }): FieldA11yProps;
  /**
   * `form.handleSubmit` plus: ignores the submit while `pending` or during the 429
   * cooldown, clears every server error first, and records a failed client validation.
   */
  handleSubmit(onValid: SubmitHandler<TTransformedValues>): (event?: BaseSyntheticEvent) => void;
  /** Removes every message this hook set (field and form level). */
  clear(): void;
  /** Called by `<ErrorSummary>` while mounted: with a summary, failures focus it instead of the first field. */
  registerSummary(): () => void;
}

/**
 * Connects a request's error to a react-hook-form form: field messages with
 * `setError(name, { type: 'server' })`, everything else at `errors.root.server` (see
 * `mapServerErrors`), focus on a failed submit, and the clearing rules:
 * - a field's server message goes when the user edits that field (or an item of it);
 * - all of them go on resubmit (and when `error` becomes `null`, e.g. `mutation.reset()`);
 * - a `payment_required` goes once the balance is back (a top-up, in any tab);
 * - values are never touched: what the user typed stays.
 *
 * A field is "on the form" when an element with `fieldId(path)` is in the document and
 * not inside `[hidden]`/`[inert]` (or per `fieldNames`); others go to the form level.
 * Use `useForm({ shouldFocusError: false })` when rendering `<ErrorSummary>`, so that
 * react-hook-form does not move focus away from it.
 *
 * @example
 * const form = useForm<Values>({ defaultValues, shouldFocusError: false });
 * const generate = useMutation({ mutationFn: send });
 * const server = useServerErrors(form, generate.error, { pending: generate.isPending, fieldMap: { endUserEmail: 'email' } });
 * <form onSubmit={server.handleSubmit((values) => generate.mutate(values))} noValidate>…</form>
 */
export function useServerErrors<TFieldValues extends FieldValues, TContext = unknown, TTransformedValues = TFieldValues>(
  form: UseFormReturn<TFieldValues, TContext, TTransformedValues>,
  error: unknown,
  options: UseServerErrorsOptions = {},
): ServerErrors<TFieldValues, TContext, TTransformedValues> {
  const messages = useMessages();
  const { runtime } = useXModeContext();
  const generatedId = useId();
  const prefix = options.idPrefix ?? `xm${generatedId.replace(/[^\w-]/g, '')}`;
  const pending = options.pending ?? false;
  const cooldown = options.cooldown ?? true;
  const normalized = useMemo(() => errorToShow(error), [error]);
  // The error the user resubmitted away: no longer shown even while the mutation still holds it.
  const [dismissed, setDismissed] = useState<XModeError | null>(null);
  const [clientFailure, setClientFailure] = useState<object | null>(null);
  const [submits, setSubmits] = useState(0);
  // A 402 goes once the balance came back after it (a top-up here or in another tab): "too low" is no longer true.
  const balanceBack = useAccountState((state) => !state.paymentRequired) && normalized?.code === 'payment_required' && runtime.kept.isStale(normalized.receivedAt);
  const shown = normalized !== dismissed && !balanceBack ? normalized : null;
  const outcomeUnknown = useOutcomeUnknown(shown);

  const latest = useRef(options);
  const applied = useRef(new Set<string>());
  const summaries = useRef(0);
  const submitting = useRef(false);
  useIsomorphicLayoutEffect(() => {
    latest.current = options;
  });

  const fieldId = useCallback((name: string) => `${prefix}-${name}`, [prefix]);
  const errorId = useCallback((name: string) => `${prefix}-${name}-error`, [prefix]);
  // Removes the message at `path` if it is still ours (the user's own validation may have replaced it).
  const drop = useCallback(
    (path: string) => {
      if (form.getFieldState(path as FieldPath<TFieldValues>).error?.type === SERVER_ERROR_TYPE) form.clearErrors(path as FieldPath<TFieldValues>);
      applied.current.delete(path);
    },
    [form],
  );

  // Without a summary, a failed submit focuses the first invalid field in field order.
  const focusFirstInvalid = useCallback(
    (paths: readonly string[]) => {
      const invalid = new Set(paths);
      const first = valuePaths(form.getValues()).find((path) => invalid.has(path)) ?? paths[0];
      if (first !== undefined) focusField(fieldId(first), () => form.setFocus(first as FieldPath<TFieldValues>));
    },
    [form, fieldId],
  );

  const clear = useCallback(() => applied.current.forEach(drop), [drop]);

  // Apply the error once per error: editing then keeps the rest, as the user left it.
  useEffect(() => {
    clear();
    if (!shown) return;
    // The hook's own options (idPrefix, pending, cooldown) are no options of the mapping: it ignores them.
    const result = mapServerErrors(shown, {
      ...latest.current,
      messages,
      // A 429's wait is said once, by the submit button next to the action it blocks.
      retryAt: 0,
      outcomeUnknown,
      fieldNames: latest.current.fieldNames ?? ((path) => isOnScreen(fieldId(path))),
    });
    for (const [path, message] of result.fieldErrors) {
      // A field array's own message lives at `<name>.root` (RHF keeps items under `<name>.<i>`).
      const target = Array.isArray(form.getValues(path as FieldPath<TFieldValues>)) ? `${path}.root` : path;
      form.setError(target as FieldPath<TFieldValues>, { type: SERVER_ERROR_TYPE, message });
      applied.current.add(target);
    }
    if (result.formErrors.length > 0) {
      const types = Object.fromEntries(result.formErrors.map((message, index) => [String(index), message]));
      form.setError(FORM_ERROR_PATH, { type: SERVER_ERROR_TYPE, message: result.formErrors.join(' '), types });
      applied.current.add(FORM_ERROR_PATH);
    }
    if (summaries.current === 0) focusFirstInvalid(result.fieldErrors.map(([path]) => path));
  }, [form, shown, outcomeUnknown, messages, fieldId, focusFirstInvalid, clear]);

  // Editing a field (or adding/removing items of a list) drops its server message.
  useEffect(() => {
    const subscription = form.watch((_values, { name }) => {
      if (!name) return;
      for (const path of applied.current) {
        if (path !== FORM_ERROR_PATH && (path === name || path.startsWith(`${name}.`) || name.startsWith(`${path.replace(/\.root$/, '')}.`))) drop(path);
      }
    });
    return () => subscription.unsubscribe();
  }, [form, drop]);

  // The submit lock opens after the render that follows a submit: by then `pending` is current.
  useEffect(() => {
    submitting.current = false;
  }, [submits]);

  const handleSubmit = (onValid: SubmitHandler<TTransformedValues>) => (event?: BaseSyntheticEvent) => {
    event?.preventDefault?.();
    const coolingDown = waitEnd(runtime, shown, cooldown) > 0;
    if (submitting.current || pending || coolingDown) return;
    submitting.current = true;
    clear();
    setDismissed(normalized);
    const run = form.handleSubmit(
      async (values, submitEvent) => {
        setClientFailure(null);
        await onValid(values, submitEvent);
      },
      (errors) => {
        setClientFailure({});
        if (summaries.current === 0) focusFirstInvalid(flattenFormErrors(errors, messages).flatMap((entry) => (entry.field ? [entry.field] : [])));
      },
    );
    void run(event)
      .catch((thrown: unknown) => {
        // A rejected mutateAsync is shown through `error`; anything else is a bug to surface.
        if (!isXModeError(thrown)) throw thrown;
      })
      .finally(() => setSubmits((count) => count + 1));
  };

  const fieldProps = (name: FieldPath<TFieldValues>, { describedBy }: { describedBy?: string } = {}): FieldA11yProps => {
    const invalid = fieldErrorMessage(form.formState.errors, name, messages) !== undefined;
    const describedByIds = [describedBy, invalid ? errorId(name) : undefined].filter(Boolean).join(' ');
    return {
      id: fieldId(name),
      ...(invalid ? { 'aria-invalid': true as const } : {}),
      ...(describedByIds ? { 'aria-describedby': describedByIds } : {}),
    };
  };

  const registerSummary = useCallback(() => {
    summaries.current++;
    return () => void summaries.current--;
  }, []);

  return {
    form,
    error: shown,
    outcomeUnknown,
    pending,
    cooldown,
    omitted: shown?.omittedFieldCount ?? 0,
    failure: clientFailure ?? shown,
    fieldId,
    errorId,
    fieldProps,
    handleSubmit,
    clear,
    registerSummary,
  };
}
