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

/** Generate with no xTokens left: one page-wide banner with the balance and "Top up". */
export const TopUpBanner: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Generate' }));
    const alert = await canvas.findByRole('alert', {}, { timeout: 3000 });
    await waitFor(() => expect(canvas.getAllByRole('alert').some((node) => node.textContent?.includes('Balance: 0 xTokens'))).toBe(true));
    await expect(alert).toHaveTextContent(TITLE);
    const topUp = canvas.getAllByRole('link', { name: 'Top up' });
    await expect(topUp[0]).toHaveAttribute('href', '#billing');
  },
};

/** Dismissed, the banner stays away until the next 402 (and the inline note stays). */
export const Dismissed: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Generate' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Dismiss the low balance message' }));
    await waitFor(() => expect(canvas.queryByText('Balance: 0 xTokens')).not.toBeInTheDocument());
    await expect(canvas.getByRole('heading', { name: TITLE })).toBeInTheDocument();
  },
};
