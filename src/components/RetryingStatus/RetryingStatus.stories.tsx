import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { XModeError } from '../../core';
import { kitFromLoaded } from '../../stories/kit/storyKit';
import { RetryingStatus } from './RetryingStatus';

const timeout = new XModeError({ code: 'provider_timeout', status: 500, requestId: 'req_5c1e9d' });
const providerError = new XModeError({ code: 'provider_error', status: 500 });

const meta = {
  title: 'Components/RetryingStatus',
  component: RetryingStatus,
  tags: ['autodocs'],
  // An Error instance: no JSON editor for it (the docs page would have to clone it).
  argTypes: { error: { control: false } },
  args: { onRetry: fn() },
} satisfies Meta<typeof RetryingStatus>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The API client waits out a provider outage for a pending request: said politely, once; no button (it sends it again by itself). */
export const Retrying: Story = {
  args: { pending: true },
  beforeEach(context) {
    kitFromLoaded(context.loaded).api.windows.provider.open(60_000);
  },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('The image provider is having trouble. Trying again…'));
    await expect(canvas.queryByRole('button')).not.toBeInTheDocument();
  },
};

/** The request timed out at the provider in the end: its final state, and its request id for support (a 500 of xMode's). */
export const FinalTimeout: Story = {
  args: { error: timeout },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('status')[0]).toHaveTextContent('contact support with the request ID'));
    await expect(canvas.getByText('Request ID: req_5c1e9d')).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Copy request ID' })).toBeInTheDocument();
  },
};

/** Retries are over: the final state in the same live region, Retry outside it. */
export const Final: Story = {
  args: { error: providerError },
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
  args: { error: providerError, retryLabel: 'Retry generation 3' },
  async play({ canvasElement }) {
    await expect(within(canvasElement).getByRole('button', { name: 'Retry generation 3' })).toBeInTheDocument();
  },
};
