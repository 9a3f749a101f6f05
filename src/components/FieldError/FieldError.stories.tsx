import type { Meta, StoryObj } from '@storybook/react-vite';
import { useForm } from 'react-hook-form';
import { expect, within } from 'storybook/test';
import { XModeError } from '../../core';
import { useServerErrors } from '../../react';
import { FieldError } from './FieldError';

/** One labelled field between its label and input, as GOV.UK places the message. */
function Field({ error }: { error: XModeError | null }) {
  const form = useForm<{ email: string }>({ defaultValues: { email: 'ana@example' }, shouldFocusError: false });
  const server = useServerErrors(form, error, { idPrefix: 'field', labels: { email: 'Email' } });
  return (
    <div className="xm-story-field">
      <label htmlFor={server.fieldId('email')}>Email</label>
      <FieldError server={server} name="email" />
      <input {...form.register('email')} {...server.fieldProps('email')} />
    </div>
  );
}

/** The stories' own args: the error `useServerErrors` maps onto the field. */
const harness = {
  args: { error: null },
  render: function Render(args) {
    return <Field {...args} />;
  },
} satisfies Meta<typeof Field>;

const meta = {
  title: 'Components/FieldError',
  // The docs page documents FieldError's own props; the stories render it inside `Field`.
  component: FieldError,
  tags: ['autodocs'],
  argTypes: {
    error: { control: false, description: 'Set by each story: the error `useServerErrors` maps onto the field (FieldError itself reads `server`). An Error instance, so no control.' },
    server: { control: false },
    name: { control: false },
  },
  ...harness,
};

export default meta;
type Story = StoryObj<typeof harness>;

/** The server's fragment with the label in front, a hidden "Error:", the input invalid and described by it. */
export const ServerMessage: Story = {
  args: { error: new XModeError({ code: 'validation_error', status: 400, fields: { email: 'must be a valid email address' } }) },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText('Email');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription('Error: Email must be a valid email address');
    await expect(input).toHaveValue('ana@example');
  },
};

/** A valid field: no message, no `aria-invalid`. */
export const Valid: Story = {
  async play({ canvasElement }) {
    const input = within(canvasElement).getByLabelText('Email');
    await expect(input).not.toHaveAttribute('aria-invalid');
    await expect(input).not.toHaveAttribute('aria-describedby');
  },
};
