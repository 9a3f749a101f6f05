import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SHORT_WAITS } from '../kit/storyKit';
import { findToast, settleAnimations } from '../kit/play';
import { GenerationList, StoryPage } from '../kit/pages';
import { errorStateControls, errorStatePlayground, type ErrorStateArgs } from '../kit/errorStateControls';

const meta = {
  title: 'Error states/Provider failed (500, provider_error)',
  ...errorStateControls('provider_error'),
  render: () => (
    <StoryPage>
      <GenerationList />
    </StoryPage>
  ),
} satisfies Meta<ErrorStateArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The code in its usual context, reached without interaction; the controls change it. */
export const Playground: Story = errorStatePlayground();

/**
 * The list fails upstream 4 times (mock scenario `provider_error`): React Query retries 3
 * times ("retrying (n/3)"), then the final state in place of the list with Retry, and one
 * toast with Retry. Retry works: the provider is back. Waits are shortened.
 */
export const RetriesExhausted: Story = {
  parameters: { xmode: { scenarios: ['provider_error'], ...SHORT_WAITS } },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/^The image provider had a problem, retrying \([123]\/3\)…$/)).toBeInTheDocument();
    const section = within(canvas.getByRole('region', { name: 'Generations' }));
    await expect(await section.findByText('The image provider had a problem', {}, { timeout: 3000 })).toBeInTheDocument();
    const toast = await findToast('The image provider had a problem');
    await expect(within(toast).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    await userEvent.click(section.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(section.getByText(/A lighthouse at dusk/)).toBeInTheDocument());
    await settleAnimations();
  },
};
