import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SHORT_WAITS } from '../kit/storyKit';
import { settleAnimations } from '../kit/play';
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
 * times ("retrying (n/3)", the attempt number not announced each time), then the final
 * state in place of the list with Retry: its one voice, so no toast. Retry works: the
 * provider is back. Waits are shortened.
 */
export const RetriesExhausted: Story = {
  parameters: { xmode: { scenarios: ['provider_error'], ...SHORT_WAITS } },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const section = within(canvas.getByRole('region', { name: 'Generations' }));
    await waitFor(() => expect(section.getByRole('status')).toHaveTextContent(/^The image provider had a problem, retrying \([123]\/3\)…$/));
    await waitFor(() => expect(section.getByRole('status')).toHaveTextContent('This is usually temporary.'), { timeout: 3000 });
    await expect(section.getByText('The image provider had a problem')).toBeVisible();
    await expect(document.querySelector('[data-sonner-toast]')).toBeNull();
    await userEvent.click(section.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(section.getByText(/A lighthouse at dusk/)).toBeInTheDocument());
    await settleAnimations();
  },
};
