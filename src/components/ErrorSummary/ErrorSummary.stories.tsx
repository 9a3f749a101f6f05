import type { Meta, StoryObj } from '@storybook/react-vite';
import { useForm } from 'react-hook-form';
import { expect, userEvent, within } from 'storybook/test';
import { XModeError } from '../../core';
import { useServerErrors } from '../../react';
import { FieldError } from '../FieldError';
import { ErrorSummary } from './ErrorSummary';

interface Values {
  prompt: string;
  email: string;
}

/** A two-field form showing `error` the way `useServerErrors` applies it. */
function FormWithError({ error, maxItems }: { error: XModeError | null; maxItems?: number }) {
  const form = useForm<Values>({ defaultValues: { prompt: 'A red bicycle', email: 'ana@example' }, shouldFocusError: false });
  const server = useServerErrors(form, error, { idPrefix: 'summary', labels: { prompt: 'Prompt', email: 'Email' } });
  return (
    <form noValidate className="xm-story-form" aria-label="New generation">
      <ErrorSummary server={server} maxItems={maxItems} />
      {(['prompt', 'email'] as const).map((name) => (
        <div key={name} className="xm-story-field">
          <label htmlFor={server.fieldId(name)}>{name === 'prompt' ? 'Prompt' : 'Email'}</label>
          <FieldError server={server} name={name} />
          <input {...form.register(name)} {...server.fieldProps(name)} />
        </div>
      ))}
    </form>
  );
}

/** The stories' own args: the error `useServerErrors` applies to the form. */
const harness = {
  args: { error: null },
  render: function Render(args) {
    return <FormWithError {...args} />;
  },
} satisfies Meta<typeof FormWithError>;

const meta = {
  title: 'Components/ErrorSummary',
  // The docs page documents ErrorSummary's own props; the stories render it inside `FormWithError`.
  component: ErrorSummary,
  tags: ['autodocs'],
  argTypes: {
    error: { control: false, description: 'Set by each story: the error `useServerErrors` applies to the form (ErrorSummary itself reads `server`). An Error instance, so no control.' },
    server: { control: false },
  },
  ...harness,
};

export default meta;
type Story = StoryObj<typeof harness>;

/**
 * "There is a problem": one link per field problem in the order of the fields (a click
 * focuses the field), then what belongs to no field on screen as text.
 */
export const FieldsAndFormLevel: Story = {
  args: {
    error: new XModeError({
      code: 'validation_error',
      status: 400,
      fields: { email: 'must be a valid email address', prompt: 'is too vague', seed: 'must be a positive integer' },
    }),
  },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const summary = canvas.getByRole('alert', { name: 'There is a problem' });
    await expect(summary).toHaveAttribute('tabindex', '-1');
    const links = within(summary).getAllByRole('link');
    await expect(links.map((link) => link.textContent)).toEqual(['Prompt is too vague', 'Email must be a valid email address']);
    await expect(within(summary).getByText('Seed must be a positive integer').closest('a')).toBeNull();
    await userEvent.click(links[1] as HTMLElement);
    await expect(canvas.getByLabelText('Email')).toHaveFocus();
  },
};

/** More problems than it lists: the rest are counted in the last line. */
export const ManyProblems: Story = {
  args: {
    maxItems: 3,
    error: new XModeError({
      code: 'validation_error',
      status: 400,
      fields: Object.fromEntries(Array.from({ length: 8 }, (_, index) => [`extra_${index}`, `is invalid (${index})`])),
    }),
  },
  async play({ canvasElement }) {
    const summary = within(canvasElement).getByRole('alert', { name: 'There is a problem' });
    await expect(within(summary).getAllByRole('listitem')).toHaveLength(4);
    await expect(summary).toHaveTextContent('And 5 more problems.');
  },
};

/** A problem no field can fix (402): its item is the link to its fix, the provider's `topUpHref`. */
export const FormLevelOnly: Story = {
  args: { error: new XModeError({ code: 'payment_required', status: 402 }) },
  async play({ canvasElement }) {
    const summary = within(canvasElement).getByRole('alert', { name: 'There is a problem' });
    const link = within(summary).getByRole('link', { name: /Your xTokens balance is too low for this request/ });
    await expect(link).toHaveAttribute('href', '#billing');
  },
};

/** No error: no summary at all. */
export const NoErrors: Story = {
  async play({ canvasElement }) {
    await expect(within(canvasElement).queryByRole('alert')).not.toBeInTheDocument();
  },
};
