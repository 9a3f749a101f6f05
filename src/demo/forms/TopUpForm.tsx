import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ErrorSummary, FieldError, SubmitButton, useAccountActions, useServerErrors } from 'xmode-error-ui';
import { useTopUp } from '../api/dashboardApi';

/** Top-up range, in xTokens, inclusive (the API's limits). */
const MIN_TOP_UP = 10;
const MAX_TOP_UP = 10_000;

interface Values {
  amount: number;
}

/** Adds xTokens; on success the top-up banner goes (`clearPaymentRequired()`). */
export function TopUpForm() {
  const form = useForm<Values>({ defaultValues: { amount: 100 }, shouldFocusError: false });
  const topUp = useTopUp();
  const { clearPaymentRequired } = useAccountActions();
  const [done, setDone] = useState('');
  // `cooldown: false`: /dashboard has its own client and 429 window, so a /v1 429 never locks a top-up.
  const server = useServerErrors(form, topUp.error, {
    idPrefix: 'top-up',
    pending: topUp.isPending,
    cooldown: false,
    labels: { amount: 'Amount' },
  });
  const submit = server.handleSubmit(async ({ amount }) => {
    setDone('');
    const result = await topUp.mutateAsync(amount);
    clearPaymentRequired();
    setDone(`Added ${amount} xTokens. Your balance is now ${result.xTokens} xTokens.`);
  });
  return (
    <form className="demo-form" onSubmit={submit} noValidate aria-labelledby="top-up-title">
      <h2 id="top-up-title">Top up</h2>
      <ErrorSummary server={server} headingLevel={3} />
      <p role="status" className="demo-notice" data-testid="top-up-done">
        {done}
      </p>
      <div className="demo-field">
        <label htmlFor={server.fieldId('amount')}>Amount in xTokens</label>
        <p id="top-up-hint" className="demo-hint">
          From {MIN_TOP_UP} to {MAX_TOP_UP.toLocaleString('en')}.
        </p>
        <FieldError server={server} name="amount" />
        <input
          type="number"
          inputMode="numeric"
          min={MIN_TOP_UP}
          max={MAX_TOP_UP}
          {...form.register('amount', {
            valueAsNumber: true,
            validate: (value) =>
              (Number.isInteger(value) && value >= MIN_TOP_UP && value <= MAX_TOP_UP) ||
              `Enter a whole number of xTokens from ${MIN_TOP_UP} to ${MAX_TOP_UP.toLocaleString('en')}`,
          })}
          {...server.fieldProps('amount', { describedBy: 'top-up-hint' })}
        />
      </div>
      <div className="demo-form__actions">
        <SubmitButton server={server} data-testid="top-up-submit">
          Top up
        </SubmitButton>
      </div>
    </form>
  );
}
