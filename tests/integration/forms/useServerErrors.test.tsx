import { useMutation } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { StrictMode } from 'react';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useServerErrors, type XModeMessageOverrides } from '../../../src/react';
import type { UseServerErrorsOptions } from '../../../src/react/forms/useServerErrors';
import { ErrorSummary } from '../../../src/components/ErrorSummary';
import { FieldError } from '../../../src/components/FieldError';
import { SubmitButton } from '../../../src/components/SubmitButton';
import { testUser } from '../testClock';
import { API, createKit, renderWithKit, listenCountingServer } from '../xmodeTestKit';
import { isOnScreen } from '../../../src/react/forms/focusField';
import { summaryLines } from './formKit';

// Each test types, submits and runs axe: allow for a loaded CI machine.
vi.setConfig({ testTimeout: 15_000 });

const net = listenCountingServer();
afterEach(() => {
  vi.useRealTimers();
});

type Kit = ReturnType<typeof createKit>;
interface Values {
  name: string;
  email: string;
}

/** A minimal end-user form; react-hook-form re-validates only on submit, so clearing on edit is the hook's. */
function EndUserForm({ kit, options, send }: { kit: Kit; options?: UseServerErrorsOptions; send?: () => Promise<unknown> }) {
  const form = useForm<Values>({ defaultValues: { name: '', email: '' }, reValidateMode: 'onSubmit', shouldFocusError: false });
  const add = useMutation({
    mutationFn: send ?? ((values: Values) => kit.api.post('/v1/end-users', { name: values.name, endUserEmail: values.email })),
    meta: { xmode: { shownIn: 'form' } },
  });
  const server = useServerErrors(form, add.error, { idPrefix: 'end-user', pending: add.isPending, fieldMap: { endUserEmail: 'email' }, ...options });
  return (
    <form onSubmit={server.handleSubmit((values) => add.mutate(values))} noValidate>
      <ErrorSummary server={server} />
      <label htmlFor={server.fieldId('name')}>Name</label>
      <FieldError server={server} name="name" />
      <input {...form.register('name')} {...server.fieldProps('name')} />
      <label htmlFor={server.fieldId('email')}>Email</label>
      <p id="email-hint">We send the receipt here.</p>
      <FieldError server={server} name="email" />
      <input {...form.register('email')} {...server.fieldProps('email', { describedBy: 'email-hint' })} />
      <SubmitButton server={server}>Add end user</SubmitButton>
      <button type="button" onClick={() => add.reset()}>
        Dismiss
      </button>
    </form>
  );
}

const answerFields = (fields: Record<string, string>) =>
  http.post(`${API}/v1/end-users`, () => HttpResponse.json({ error: { code: 'validation_error', message: 'invalid', fields } }, { status: 400 }));

function renderEndUserForm(props: { options?: UseServerErrorsOptions; send?: () => Promise<unknown>; messages?: XModeMessageOverrides } = {}) {
  const kit = createKit();
  const user = testUser();
  renderWithKit(
    <StrictMode>
      <EndUserForm kit={kit} options={props.options} send={props.send} />
    </StrictMode>,
    kit,
    { messages: props.messages },
  );
  return { kit, user };
}

const submit = (user: UserEvent) => user.click(screen.getByRole('button', { name: 'Add end user' }));

describe('useServerErrors', () => {
  it('should clear a server error on edit even when react-hook-form would not re-validate', async () => {
    net.use(answerFields({ name: 'is already taken', endUserEmail: 'must be a valid email address' }));
    const { user } = renderEndUserForm();
    await submit(user);
    const email = await screen.findByRole('textbox', { name: 'Email' });
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('We send the receipt here. Error: Email must be a valid email address');

    await user.type(email, 'a');
    expect(email).not.toHaveAttribute('aria-invalid');
    expect(email).toHaveAccessibleDescription('We send the receipt here.');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('should clear every server error when the mutation is reset', async () => {
    net.use(answerFields({ name: 'is already taken' }));
    const { user } = renderEndUserForm();
    await submit(user);
    await screen.findByRole('alert', { name: 'There is a problem' });

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert', { name: 'There is a problem' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).not.toHaveAttribute('aria-invalid');
  });

  it('should use the given fieldNames instead of looking at the page', async () => {
    net.use(answerFields({ name: 'is already taken', endUserEmail: 'must be a valid email address' }));
    const { user } = renderEndUserForm({ options: { fieldNames: ['email'] } });
    await submit(user);
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(summaryLines(summary)).toEqual(['link: Email must be a valid email address', 'text: Name is already taken']);
  });

  it('should read every string through the provider’s messages', async () => {
    net.use(answerFields({ name: 'is already taken' }));
    const { user } = renderEndUserForm({
      messages: { forms: { summaryTitle: 'Please fix these', fieldMessage: '{label}: {message}' }, ui: { errorPrefix: 'Problem:' } },
    });
    await submit(user);
    const summary = await screen.findByRole('alert', { name: 'Please fix these' });
    expect(summaryLines(summary)).toEqual(['link: Name: is already taken']);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Problem: Name: is already taken');
  });

  it('should show a form-level message for something thrown that is not an XModeError', async () => {
    const { user } = renderEndUserForm({ send: () => Promise.reject(new TypeError('x is undefined')) });
    await submit(user);
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(summaryLines(summary)).toHaveLength(1);
    expect(summaryLines(summary)[0]).toMatch(/^text: /);
  });

  it("should not be blocked by the API client's 429 window with cooldown: false", async () => {
    vi.useFakeTimers();
    let sent = 0;
    const send = () => {
      sent += 1;
      return Promise.resolve({});
    };
    const { user, kit } = renderEndUserForm({ options: { cooldown: false }, send });
    act(() => kit.windows.rateLimit.open(5_000));
    const button = screen.getByRole('button', { name: 'Add end user' });
    expect(button).not.toHaveAttribute('aria-disabled');
    await submit(user);
    await waitFor(() => expect(sent).toBe(1));
  });

  it("should be blocked by the API client's 429 window by default", async () => {
    vi.useFakeTimers();
    let sent = 0;
    const send = () => {
      sent += 1;
      return Promise.resolve({});
    };
    const { user, kit } = renderEndUserForm({ send });
    act(() => kit.windows.rateLimit.open(5_000));
    expect(screen.getByRole('button', { name: 'Add end user' })).toHaveAttribute('aria-disabled', 'true');
    await submit(user);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Ana{Enter}');
    expect(sent).toBe(0);
  });

  it('should show nothing for an aborted request', async () => {
    const abort = new DOMException('aborted', 'AbortError');
    const { user } = renderEndUserForm({ send: () => Promise.reject(abort) });
    await submit(user);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add end user' })).not.toHaveAttribute('aria-disabled'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('isOnScreen (what counts as a field the form shows)', () => {
  it.each([
    ['<input id="f-seed">', true],
    ['<div hidden><input id="f-seed"></div>', false],
    ['<div inert><input id="f-seed"></div>', false],
    ['<input id="f-other">', false],
  ])('should say %s → %s', (html, expected) => {
    const host = document.createElement('div');
    host.innerHTML = html;
    document.body.append(host);
    try {
      expect(isOnScreen('f-seed')).toBe(expected);
    } finally {
      host.remove();
    }
  });
});
