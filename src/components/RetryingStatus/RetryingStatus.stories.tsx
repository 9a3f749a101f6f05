import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { XModeError } from '../../core';
import { RetryingStatus } from './RetryingStatus';

const timeout = new XModeError({ code: 'provider_timeout', status: 500 });
const providerError = new XModeError({ code: 'provider_error', status: 500 });

const meta = {
  title: 'Components/RetryingStatus',
  component: RetryingStatus,
  tags: ['autodocs'],
  // An Error instance: no JSON editor for it (the docs page would have to clone it).
  argTypes: { error: { control: false } },
  args: { error: timeout, failureCount: 2, onRetry: fn() },
} satisfies Meta<typeof RetryingStatus>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The second retry is under way: said politely, no button (it retries by itself). */
export const Retrying: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('The image provider is slow, retrying (2/3)…'));
    await expect(canvas.queryByRole('button')).not.toBeInTheDocument();
  },
};

/** Retries are over: the final state in the same live region, Retry outside it. */
export const Final: Story = {
  args: { error: providerError, failureCount: 4, final: true },
  async play({ args, canvasElement }) {
    const canvas = within(canvasElement);
    const status = canvas.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('The image provider had a problem'));
    const retry = canvas.getByRole('button', { name: 'Retry' });
    await expect(status).not.toContainElement(retry);
    await userEvent.click(retry);
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** Several on a page: the button says which one it repeats. */
export const NamedRetry: Story = {
  args: { failureCount: 4, final: true, retryLabel: 'Retry generation 3' },
  async play({ canvasElement }) {
    await expect(within(canvasElement).getByRole('button', { name: 'Retry generation 3' })).toBeInTheDocument();
  },
};
