import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useMutationState } from '@tanstack/react-query';
import { useState } from 'react';
import type { BalanceCheck } from '../../react';
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

/** The host's balance check for "I've topped up": the mock's balance covers the kept generation. */
const balanceCoversGeneration: BalanceCheck = async (kept) => {
  const response = await fetch(`${STORY_API_BASE_URL}/dashboard/billing`);
  const { xTokens } = (await response.json()) as { xTokens: number };
  const images = (kept?.variables as { imageCount?: number } | undefined)?.imageCount ?? SAMPLE_GENERATION.imageCount;
  return xTokens >= images * IMAGE_COST_XTOKENS;
};

/** The billing page in one button: pays 100 xTokens into the mock account, as a top-up would. */
function PayStandIn() {
  const [paid, setPaid] = useState(false);
  const pay = async () => {
    await fetch(`${STORY_API_BASE_URL}/dashboard/billing/top-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ amount: 100 }),
    });
    setPaid(true);
  };
  return (
    <p>
      <button type="button" className="xm-button xm-button--secondary" onClick={() => void pay()}>
        Pay 100 xTokens (billing page)
      </button>{' '}
      <span role="status">{paid ? 'Paid 100 xTokens.' : ''}</span>
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
 * the billing page, "I've topped up" re-checks the balance (the provider's
 * `checkBalance`), and the banner offers "Generate again" with focus on it; it sends the
 * kept request once and says so.
 */
export const RecoveryAfterTopUp: Story = {
  parameters: { xmode: { provider: { checkBalance: balanceCoversGeneration } } },
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
    await expect(await canvas.findByText('Paid 100 xTokens.')).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: "I've topped up" }));
    await expect(await canvas.findByText('Your balance is topped up.', {}, { timeout: 3000 })).toBeInTheDocument();
    const again = canvas.getByRole('button', { name: 'Generate again' });
    await waitFor(() => expect(again).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByText('Your request was sent again.', {}, { timeout: 3000 })).toBeInTheDocument();
    await expect(await canvas.findByText(/^Latest generation: gen_\w+$/)).toBeInTheDocument();
  },
};

/** "I've topped up" before paying: the banner says it is checking (it keeps checking with backoff). */
export const CheckingBalance: Story = {
  parameters: { xmode: { provider: { checkBalance: balanceCoversGeneration } } },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Generate' }));
    await userEvent.click(await canvas.findByRole('button', { name: "I've topped up" }, { timeout: 3000 }));
    await expect(await canvas.findByText('Checking your balance…')).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: "I've topped up" })).toHaveAttribute('aria-disabled', 'true');
  },
};
