import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SEED } from '../../mocks/db';
import { DeleteEndUser } from '../kit/endUsers';
import { StoryPage } from '../kit/pages';
import { errorStateControls, errorStatePlayground, type ErrorStateArgs } from '../kit/errorStateControls';

const meta = {
  title: 'Error states/Still in progress (409, conflict)',
  ...errorStateControls('conflict'),
} satisfies Meta<ErrorStateArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The code in its usual context, reached without interaction; the controls change it. */
export const Playground: Story = errorStatePlayground();

/** Between two checks of the end-user's running generations, in ms (the demo waits 2 s). */
const POLL_MS = 200;

/**
 * Deleting an end-user with a queued and a processing generation answers 409 for real
 * (`busy@example.com` in the mock). The guided flow takes focus, blocks them, waits for
 * the generations (the mock finishes them as they are read), deletes them, and moves
 * focus to the result.
 */
export const BlockWaitDelete: Story = {
  render: () => (
    <StoryPage>
      <DeleteEndUser email={SEED.busyEmail} pollIntervalMs={POLL_MS} />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: `Delete ${SEED.busyEmail}` }));
    const heading = await canvas.findByRole('heading', { name: `${SEED.busyEmail} can't be deleted yet` });
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(canvas.getByRole('alert')).toHaveTextContent('Block them so no new generations start');
    await userEvent.click(canvas.getByRole('button', { name: 'Block and delete when their generations finish' }));
    // The pressed button is gone: focus lands on Cancel, the one action left (once blocked it says they stay blocked).
    await waitFor(() => expect(canvas.getByRole('button', { name: /^(Cancel|Stop \(.* stays blocked\))$/ })).toHaveFocus());
    await waitFor(() => expect(canvas.getByText(/^Blocked\. Waiting for 1 generation to finish…$/)).toBeInTheDocument());
    const result = await canvas.findByText(`${SEED.busyEmail} has been deleted.`, {}, { timeout: 3000 });
    await waitFor(() => expect(result).toHaveFocus());
  },
};

/** Cancelled while waiting: nothing is deleted, and the flow says the end-user stays blocked. */
export const CancelWhileWaiting: Story = {
  render: () => (
    <StoryPage>
      <DeleteEndUser email={SEED.busyEmail} pollIntervalMs={60_000} />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: `Delete ${SEED.busyEmail}` }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Block and delete when their generations finish' }));
    await expect(await canvas.findByText(/^Blocked\. Waiting for 1 generation to finish…$/)).toHaveAttribute('role', 'status');
    await userEvent.click(canvas.getByRole('button', { name: `Stop (${SEED.busyEmail} stays blocked)` }));
    const result = await canvas.findByText(`Stopped. ${SEED.busyEmail} is still blocked and hasn't been deleted.`);
    await waitFor(() => expect(result).toHaveFocus());
  },
};
