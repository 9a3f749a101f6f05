'use client';

import { useFormState, type FieldPath, type FieldValues } from 'react-hook-form';
import { useMessages } from '../useMessages';
import { fieldErrorMessage } from './formErrors';
import type { ServerErrors } from './useServerErrors';

/** What `useFieldError` gives to render one field's message. */
export interface FieldErrorState {
  /** Plain, bounded text; `undefined` when the field is valid. */
  message?: string;
  /** The id the input's `aria-describedby` points to (see `server.fieldProps`). */
  id: string;
}

/**
 * One field's message (client or server), re-rendering only when that field's errors
 * change. For a field array, its list-level message (`errors.<name>.root`).
 */
export function useFieldError<TFieldValues extends FieldValues, TContext, TTransformedValues>(
  server: ServerErrors<TFieldValues, TContext, TTransformedValues>,
  name: FieldPath<TFieldValues>,
): FieldErrorState {
  const messages = useMessages();
  const { errors } = useFormState({ control: server.form.control, name });
  return { message: fieldErrorMessage(errors, name, messages), id: server.errorId(name) };
}
