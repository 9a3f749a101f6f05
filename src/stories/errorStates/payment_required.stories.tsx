import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useMutationState } from '@tanstack/react-query';
import { useState } from 'react';
import { useAccountActions, type BalanceCheck, type KeptPaidRequest } from '../../react';
import { IMAGE_COST_XTOKENS } from '../../mocks/db';
import type { Generation } from '../../mocks/types';
import { GENERATE_MUTATION_KEY, GeneratePanel, SAMPLE_GENERATION } from '../kit/harness';
import { StoryPage } from '../kit/pages';
import { STORY_API_BASE_URL } from '../kit/storyKit';
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
 * is the cause's one voice (the catalog's surface for a page), the only alert, and its one
 * statement on screen: in place of the result, one quiet line points at it (#25).
 */
export const TopUpBanner: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Generate' }));
    await waitFor(() => expect(canvas.getByText('Balance: 0 xTokens')).toBeVisible(), { timeout: 3000 });
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(TITLE));
    await expect(canvas.getAllByRole('alert')).toHaveLength(1);
    const banner = canvasElement.querySelector('.xm-banner') as HTMLElement;
    await expect(within(banner).getByRole('link', { name: 'Top up' })).toHaveAttribute('href', '#billing');
    await expect(canvas.getAllByText(TITLE)).toHaveLength(1);
    await expect(canvas.getAllByRole('link', { name: 'Top up' })).toHaveLength(1);
    await expect(canvas.getByText("This couldn't load: see the notice at the top.")).toBeVisible();
  },
};

/** Dismissed, the banner stays away until the next 402, and so does the line that pointed at it. */
export const Dismissed: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Generate' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Dismiss the low balance message' }));
    await waitFor(() => expect(canvas.queryByText('Balance: 0 xTokens')).not.toBeInTheDocument());
    await expect(canvas.queryByText(/see the notice at the top/)).not.toBeInTheDocument();
  },
};

/** The host's balance check: the mock account's balance, read fresh. */
const mockBalance: BalanceCheck = async () => {
  const response = await fetch(`${STORY_API_BASE_URL}/dashboard/billing`);
  return ((await response.json()) as { xTokens: number }).xTokens;
};

/** What a kept generation costs: its images × the image price. */
const costOfGeneration = (kept: KeptPaidRequest) =>
  ((kept.variables as { imageCount?: number } | undefined)?.imageCount ?? SAMPLE_GENERATION.imageCount) * IMAGE_COST_XTOKENS;

/** The provider's balance check and cost, as the demo wires them. */
const RECOVERY = { xmode: { provider: { checkBalance: mockBalance, costOf: costOfGeneration } } };

/**
 * The billing page in one button: pays `amount` xTokens into the mock account, as a top-up
 * would, and says so the way the billing page does (`clearPaymentRequired()`).
 */
function PayStandIn({ amount = 100 }: { amount?: number }) {
  const [paid, setPaid] = useState(false);
  const { clearPaymentRequired } = useAccountActions();
  const pay = async () => {
    await fetch(`${STORY_API_BASE_URL}/dashboard/billing/top-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ amount }),
    });
    setPaid(true);
    clearPaymentRequired();
  };
  return (
    <p>
      <button type="button" className="xm-button xm-button--secondary" onClick={() => void pay()}>
        Pay {amount} xTokens (billing page)
      </button>{' '}
      <span role="status">{paid ? `Paid ${amount} xTokens.` : ''}</span>
    </p>
  );
}

/** The newest generation the page created, whichever mutation sent it (the form, or "Generate again"). */
function LatestGeneration() {
  const created = useMutationState({
    filters: { mutationKey: [...GENERATE_MUTATION_KEY], status: 'success' },
    select: (mutation) => (mutation.state.data as Generation).id,
  });
  const id = created.at(-1);
  return id ? <p>Latest generation: {id}</p> : null;
}

/**
 * The way back from a 402 in one action (no retyping): Generate with no xTokens, pay on
 * the billing page; the banner reads the balance (the provider's `checkBalance`), finds
 * it covers the kept request (`costOf`) and offers "Generate again". It sends the kept
 * request once; focus then moves to the message that says so (the button is gone).
 */
export const RecoveryAfterTopUp: Story = {
  parameters: RECOVERY,
  render: () => (
    <StoryPage>
      <PayStandIn />
      <GeneratePanel />
      <LatestGeneration />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Generate' }));
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(TITLE), { timeout: 3000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Pay 100 xTokens (billing page)' }));
    await expect(await canvas.findByText('Your balance is topped up.', {}, { timeout: 3000 })).toBeInTheDocument();
    const again = canvas.getByRole('button', { name: 'Generate again' });
    again.focus();
    await userEvent.keyboard('{Enter}');
    const sent = await canvas.findByText('Your request was sent again.', {}, { timeout: 3000 });
    await waitFor(() => expect(sent).toHaveFocus());
    await expect(await canvas.findByText(/^Latest generation: gen_\w+$/)).toBeInTheDocument();
    await expect(canvas.queryByRole('button', { name: 'Generate again' })).not.toBeInTheDocument();
  },
};

/**
 * A top-up that doesn't cover the kept request (20 xTokens for a 30-token generation): the
 * banner says how much is still missing, with "Top up" and "Check again", and offers
 * nothing to send.
 */
export const TopUpNotEnough: Story = {
  parameters: RECOVERY,
  render: () => (
    <StoryPage>
      <PayStandIn amount={20} />
      <GeneratePanel request={{ ...SAMPLE_GENERATION, imageCount: 3 }} />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Generate' }));
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(TITLE), { timeout: 3000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Pay 20 xTokens (billing page)' }));
    await expect(await canvas.findByText('Your balance is 20 xTokens. Add at least 10 more to send this request.', {}, { timeout: 3000 })).toBeInTheDocument();
    const banner = within(canvasElement.querySelector('.xm-banner') as HTMLElement);
    await expect(banner.getByRole('link', { name: 'Top up' })).toBeInTheDocument();
    await expect(banner.getByRole('button', { name: 'Check again' })).toBeInTheDocument();
    await expect(canvas.queryByRole('button', { name: 'Generate again' })).not.toBeInTheDocument();
  },
};

/** "I've topped up" before paying: the banner says it is checking (it keeps checking with backoff). */
export const CheckingBalance: Story = {
  parameters: RECOVERY,
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Generate' }));
    await userEvent.click(await canvas.findByRole('button', { name: "I've topped up" }, { timeout: 3000 }));
    await expect(await canvas.findByText('Checking your balance…')).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: "I've topped up" })).toHaveAttribute('aria-disabled', 'true');
  },
};
