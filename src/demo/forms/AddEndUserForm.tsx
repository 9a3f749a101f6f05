import { useForm } from 'react-hook-form';
import { ErrorSummary, FieldError, SubmitButton, useServerErrors } from 'xmode-error-ui';
import { useAddEndUser } from '../api/endUsers';
import { generationRules } from './generationRules';

interface Values {
  email: string;
}

/** Adds an end-user; the API's "is already registered" lands on the field. */
export function AddEndUserForm({ onAdded }: { onAdded: (email: string) => void }) {
  const form = useForm<Values>({ defaultValues: { email: '' }, shouldFocusError: false });
  const add = useAddEndUser();
  const server = useServerErrors(form, add.error, { idPrefix: 'add-end-user', pending: add.isPending, labels: { email: 'Email' } });
  const submit = server.handleSubmit(async ({ email }) => {
    const user = await add.mutateAsync(email.trim());
    form.reset({ email: '' });
    onAdded(user.email);
  });
  return (
    <form className="demo-form" onSubmit={submit} noValidate aria-labelledby="add-end-user-title">
      <h2 id="add-end-user-title">Add an end-user</h2>
      <ErrorSummary server={server} headingLevel={3} />
      <div className="demo-field">
        <label htmlFor={server.fieldId('email')}>Email address</label>
        <FieldError server={server} name="email" />
        <input type="email" autoComplete="off" spellCheck={false} {...form.register('email', generationRules.endUserEmail)} {...server.fieldProps('email')} />
      </div>
      <div className="demo-form__actions">
        <SubmitButton server={server}>Add end-user</SubmitButton>
      </div>
    </form>
  );
}
