import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { GeneratePanel } from '../kit/harness';
import { StoryPage } from '../kit/pages';
import { errorStateControls, errorStatePlayground, type ErrorStateArgs } from '../kit/errorStateControls';

const meta = {
  title: 'Error states/Out of xTokens (402, payment_required)',
  ...errorStateControls('payment_required'),
  // The balance is spent: the next generation answers 402.
  parameters: { xmode: { seed: { xTokens: 0 } } },
  render: () => (
    <StoryPage balance={0}>
      <GeneratePanel />
    </StoryPage>
  ),
} satisfies Meta<ErrorStateArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The code in its usual context, reached without interaction; the controls change it. */
export const Playground: Story = errorStatePlayground();

const TITLE = 'Your xTokens balance is too low for this request';

/**
 * Generate with no xTokens left: one page-wide banner with the balance and "Top up". It
 * is the cause's one place and voice: the inline note is not shown beside it.
 */
export const TopUpBanner: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Generate' }));
    await waitFor(() => expect(canvas.getByText('Balance: 0 xTokens')).toBeVisible(), { timeout: 3000 });
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(TITLE));
    await expect(canvas.getAllByRole('alert')).toHaveLength(1);
    const topUp = canvas.getAllByRole('link', { name: 'Top up' });
    await expect(topUp).toHaveLength(1);
    await expect(topUp[0]).toHaveAttribute('href', '#billing');
  },
};

/** Dismissed, the banner stays away until the next 402, and the inline note takes its place. */
export const Dismissed: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Generate' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Dismiss the low balance message' }));
    await waitFor(() => expect(canvas.queryByText('Balance: 0 xTokens')).not.toBeInTheDocument());
    await expect(canvas.getByRole('heading', { name: TITLE })).toBeInTheDocument();
  },
};
