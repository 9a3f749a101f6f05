import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { XModeError } from '../../core';
import { ConflictFlow } from './ConflictFlow';

const EMAIL = 'busy@example.com';
const never = () => new Promise<never>(() => undefined);
const resolved = <T,>(value: T) => () => Promise.resolve(value);
const rejected = (code: 'internal_error' | 'forbidden', requestId?: string) => () =>
  Promise.reject(new XModeError({ code, status: code === 'forbidden' ? 403 : 500, requestId }));

const meta = {
  title: 'Components/ConflictFlow',
  component: ConflictFlow,
  tags: ['autodocs'],
  args: {
    email: EMAIL,
    pollIntervalMs: 250,
    block: resolved({ email: EMAIL, blocked: true }),
    countRunning: resolved(0),
    remove: resolved(undefined),
    onCancel: fn(),
    onDeleted: fn(),
  },
} satisfies Meta<typeof ConflictFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

const START = 'Block and delete when their generations finish';

/** Step 1: the conflict explained (announced once), focus on the heading, nothing sent yet. */
export const Explained: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('heading', { name: `${EMAIL} can't be deleted yet` })).toHaveFocus());
    await expect(canvas.getByRole('alert')).toHaveTextContent('They still have generations that are queued or processing.');
    await expect(canvas.getByRole('button', { name: START })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  },
};

/** Step 2: blocking; Cancel holds focus but waits for the block to answer. */
export const Blocking: Story = {
  args: { block: never },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: START }));
    await expect(await canvas.findByText(`Blocking ${EMAIL}…`)).toHaveAttribute('role', 'status');
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Cancel' })).toHaveFocus());
    await expect(canvas.getByRole('button', { name: 'Cancel' })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** Step 3: blocked, waiting for 2 generations; the count is said when it changes, not per poll. */
export const Waiting: Story = {
  args: { countRunning: resolved(2) },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: START }));
    await expect(await canvas.findByText('Blocked. Waiting for 2 generations to finish…')).toHaveAttribute('role', 'status');
  },
};

/** Step 4: done; focus on the result, `onDeleted` called once. */
export const Deleted: Story = {
  async play({ args, canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: START }));
    const result = await canvas.findByText(`${EMAIL} has been deleted.`);
    await waitFor(() => expect(result).toHaveFocus());
    await expect(args.onDeleted).toHaveBeenCalledOnce();
  },
};

/** Cancelled while waiting: no delete is sent, and the end-user is said to stay blocked. */
export const CancelledWhileWaiting: Story = {
  args: { countRunning: resolved(1), remove: fn(resolved(undefined)) },
  async play({ args, canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: START }));
    await canvas.findByText('Blocked. Waiting for 1 generation to finish…');
    await userEvent.click(canvas.getByRole('button', { name: `Stop (${EMAIL} stays blocked)` }));
    const result = await canvas.findByText(`Stopped. ${EMAIL} is still blocked and hasn't been deleted.`);
    await waitFor(() => expect(result).toHaveFocus());
    await expect(args.onCancel).toHaveBeenCalledWith({ blocked: true });
    await expect(args.remove).not.toHaveBeenCalled();
  },
};

/** The block failed on the server: which step, the error's own words, its request id, Try again. */
export const BlockFailed: Story = {
  args: { block: rejected('internal_error', 'req_story_block_1') },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: START }));
    const failure = (await canvas.findByText(`We couldn't block ${EMAIL}.`)).closest('[role="alert"]') as HTMLElement;
    await expect(failure).toHaveTextContent('Something went wrong on our side');
    await expect(within(failure).getByText('Request ID: req_story_block_1')).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  },
};

/** The delete was refused after the wait: the end-user is said to stay blocked. */
export const DeleteFailed: Story = {
  args: { remove: rejected('forbidden') },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: START }));
    await expect(await canvas.findByText(`We couldn't delete ${EMAIL}. They are still blocked.`)).toBeInTheDocument();
    await expect(canvas.getByText("Your API key isn't allowed to do this")).toBeInTheDocument();
  },
};
