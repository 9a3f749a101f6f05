import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { XModeError } from '../../core';
import { ForbiddenState } from './ForbiddenState';

const meta = {
  title: 'Components/ForbiddenState',
  component: ForbiddenState,
  tags: ['autodocs'],
  // An Error instance: no JSON editor for it (the docs page would have to clone it).
  argTypes: { error: { control: false } },
} satisfies Meta<typeof ForbiddenState>;

export default meta;
type Story = StoryObj<typeof meta>;

/** With the server's message, shown as text after the module's own words; no retry. */
export const WithServerMessage: Story = {
  args: {
    error: new XModeError({ code: 'forbidden', status: 403, message: 'This API key does not have permission for this endpoint or resource.' }),
  },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const alert = canvas.getByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent("Your API key isn't allowed to do this"));
    await expect(alert).toHaveTextContent('Details from xMode: This API key does not have permission');
    await expect(canvas.queryByRole('button')).not.toBeInTheDocument();
  },
};

/** Without an error object (the host knows the key's scope): the plain state. */
export const WithoutError: Story = {
  async play({ canvasElement }) {
    await expect(within(canvasElement).queryByText(/Details from xMode/)).not.toBeInTheDocument();
  },
};
