import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { TopUpBanner } from './TopUpBanner';

const meta = {
  title: 'Components/TopUpBanner',
  component: TopUpBanner,
  tags: ['autodocs'],
  parameters: { xmode: { account: { paymentRequired: true } } },
  args: { balance: 40 },
} satisfies Meta<typeof TopUpBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** `paymentRequired` is on: the banner, announced once, with the balance (a detail, not announced) and "Top up". */
export const WithBalance: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const alert = canvas.getByRole('alert');
    // Set by the host (as another tab's 402 is): no request of this page, so not "for this request" (#25).
    await waitFor(() => expect(alert).toHaveTextContent(/^Your xTokens balance is too low$/));
    await expect(canvas.getByText('Balance: 40 xTokens')).toBeVisible();
    await expect(alert).not.toHaveTextContent('Balance');
    // The actions stay outside the announcement.
    await expect(within(alert).queryByRole('link')).not.toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: 'Top up' })).toHaveAttribute('href', '#billing');
  },
};

/** No billing route configured: the advice in words instead of a link. */
export const WithoutBillingRoute: Story = {
  args: { balance: undefined },
  parameters: { xmode: { provider: { topUpHref: undefined } } },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('link')).not.toBeInTheDocument();
    await expect(canvas.getByText('Top up your balance to continue.')).toBeInTheDocument();
  },
};

/** Dismissed by keyboard: it goes away until the next `payment_required`. */
export const Dismissed: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const dismiss = canvas.getByRole('button', { name: 'Dismiss the low balance message' });
    dismiss.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.queryByRole('alert')).not.toBeInTheDocument());
  },
};

/** Nothing to say while the balance is fine. */
export const NotShown: Story = {
  parameters: { xmode: { account: { paymentRequired: false } } },
  async play({ canvasElement }) {
    await expect(canvasElement.querySelector('.xm-banner')).toBeNull();
  },
};
