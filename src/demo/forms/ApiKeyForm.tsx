import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ErrorSummary, FieldError, SubmitButton, useAccountActions, useServerErrors } from 'xmode-error-ui';
import { apiKeyStore } from '../api/apiKeyStore';

// The shape of an xMode key: `xm_<environment>_` then 8 to 128 letters or digits.
const KEY_FORMAT = /^xm_[a-z]+_[A-Za-z0-9]{8,128}$/;

interface Values {
  apiKey: string;
}

/**
 * Enter the API key the dashboard sends to `/v1/*`. Kept in memory only (never stored,
 * never logged); the field is cleared after saving and only the last 4 characters are
 * shown. Saving clears the "key missing or revoked" state and reloads what failed.
 */
export function ApiKeyForm() {
  const queryClient = useQueryClient();
  const { clearUnauthorized } = useAccountActions();
  const form = useForm<Values>({ defaultValues: { apiKey: '' }, shouldFocusError: false });
  // No request is sent: nothing (not even a /v1 429 window) may hold this form back.
  const server = useServerErrors(form, null, { idPrefix: 'settings', cooldown: false, labels: { apiKey: 'API key' } });
  const [saved, setSaved] = useState('');
  const submit = server.handleSubmit(({ apiKey }) => {
    apiKeyStore.set(apiKey.trim());
    form.reset({ apiKey: '' });
    clearUnauthorized();
    void queryClient.invalidateQueries();
    setSaved(`Saved. The dashboard now uses the key ending in ${apiKey.trim().slice(-4)}.`);
  });
  return (
    <form className="demo-form" onSubmit={submit} noValidate aria-labelledby="api-key-title">
      <h2 id="api-key-title">Use an API key</h2>
      <ErrorSummary server={server} headingLevel={3} />
      <p role="status" className="demo-notice" data-testid="api-key-saved">
        {saved}
      </p>
      <div className="demo-field">
        <label htmlFor={server.fieldId('apiKey')}>API key</label>
        <p id="settings-key-hint" className="demo-hint">
          Starts with <code>xm_live_</code> or <code>xm_test_</code>. Kept in this tab&apos;s memory only: reloading the page forgets it.
        </p>
        <FieldError server={server} name="apiKey" />
        <input
          type="password"
          autoComplete="off"
          spellCheck={false}
          {...form.register('apiKey', {
            required: 'Enter your API key',
            pattern: { value: KEY_FORMAT, message: 'Enter an API key in the correct format, like xm_live_ followed by letters and digits' },
            setValueAs: (value: string) => value.trim(),
          })}
          {...server.fieldProps('apiKey', { describedBy: 'settings-key-hint' })}
        />
      </div>
      <div className="demo-form__actions">
        <SubmitButton server={server} data-testid="save-api-key">
          Save key
        </SubmitButton>
      </div>
    </form>
  );
}
