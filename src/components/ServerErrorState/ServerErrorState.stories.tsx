import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { XModeError } from '../../core';
import { ServerErrorState } from './ServerErrorState';

const meta = {
  title: 'Components/ServerErrorState',
  component: ServerErrorState,
  tags: ['autodocs'],
  // An Error instance: no JSON editor for it (the docs page would have to clone it).
  argTypes: { error: { control: false } },
  args: {
    error: new XModeError({
      code: 'internal_error',
      status: 500,
      message: 'Unexpected server error on our side. Contact support with the request id if this persists.',
      requestId: 'req_m1x2y3z4_000042',
    }),
    onRetry: fn(),
  },
} satisfies Meta<typeof ServerErrorState>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A failed query: when it happened, the request id with Copy, Retry and support. */
export const InternalError: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('Something went wrong on our side'));
    await expect(canvas.getByText('Request ID: req_m1x2y3z4_000042')).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Copy request ID' })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', 'mailto:support@xmode.example');
    await expect(canvasElement.querySelector('time')).toHaveAttribute('datetime');
  },
};

/** A failed payment or generation: no `onRetry`, so no Retry (it may have been applied). */
export const WithoutRetry: Story = {
  args: { onRetry: undefined },
  async play({ canvasElement }) {
    await expect(within(canvasElement).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  },
};

/** A proxy's page with no request id: the state without the id line. */
export const UnexpectedResponse: Story = {
  args: { error: new XModeError({ code: 'unexpected_response', status: 502 }) },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('We got an unexpected response'));
    await expect(canvas.queryByText(/Request ID/)).not.toBeInTheDocument();
  },
};
