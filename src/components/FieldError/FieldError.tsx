'use client';

import { useFormState, type FieldPath, type FieldValues } from 'react-hook-form';
import { useMessages, type ServerErrors } from '../../react';
import { fieldErrorMessage } from '../../react/forms/formErrors';
import { classNames } from '../primitives';

/** Props of `<FieldError>`. */
export interface FieldErrorProps<TFieldValues extends FieldValues, TContext, TTransformedValues> {
  /** The result of `useServerErrors(form, error)`. */
  server: ServerErrors<TFieldValues, TContext, TTransformedValues>;
  /** The field, as registered (`prompt`, `referenceImages.0.url`; a field array's name for its list-level message). */
  name: FieldPath<TFieldValues>;
  /** Extra class on the component's root, for the host's layout. */
  className?: string;
}

/**
 * A field's message, GOV.UK style: put it between the label (and hint) and the input,
 * and spread `server.fieldProps(name)` on the input for `aria-invalid` and
 * `aria-describedby`. Starts with a visually hidden "Error:"; uses the same words as the
 * summary's link; renders nothing while the field is valid.
 *
 * @example
 * <label htmlFor={server.fieldId('prompt')}>Prompt</label>
 * <FieldError server={server} name="prompt" />
 * <textarea {...form.register('prompt')} {...server.fieldProps('prompt')} />
 */
export function FieldError<TFieldValues extends FieldValues, TContext, TTransformedValues>(
  props: FieldErrorProps<TFieldValues, TContext, TTransformedValues>,
) {
  const { server, name, className } = props;
  const messages = useMessages();
  // Re-renders only when this field's errors change.
  const { errors } = useFormState({ control: server.form.control, name });
  const message = fieldErrorMessage(errors, name, messages);
  if (message === undefined) return null;
  return (
    <p id={server.errorId(name)} className={classNames('xm-field-error', className)}>
      <span className="xm-visually-hidden">{messages.ui.errorPrefix}</span> {message}
    </p>
  );
}
