import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { GeneratePanel } from '../kit/harness';
import { StoryPage } from '../kit/pages';
import { errorStateControls, errorStatePlayground, type ErrorStateArgs } from '../kit/errorStateControls';

const meta = {
  title: 'Error states/Provider too slow (500, provider_timeout)',
  ...errorStateControls('provider_timeout'),
  render: () => (
    <StoryPage>
      <GeneratePanel />
    </StoryPage>
  ),
} satisfies Meta<ErrorStateArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The code in its usual context, reached without interaction; the controls change it. */
export const Playground: Story = errorStatePlayground();

/**
 * Generate times out upstream once (mock scenario `provider_timeout`, `Retry-After: 2`):
 * safe to repeat, so the API client waits out the provider's window and sends it again
 * by itself; "The image provider is having trouble. Trying again…" shows meanwhile, said
 * once (politely), then the generation is queued. No error, no toast: it recovered.
 */
export const RetryingThenRecovered: Story = {
  parameters: { xmode: { scenarios: ['provider_timeout'] } },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Generate' }));
    await waitFor(() => expect(canvas.getByText('The image provider is having trouble. Trying again…')).toBeInTheDocument());
    await expect(await canvas.findByText(/^Generation gen_\w+ queued\.$/, {}, { timeout: 6000 })).toBeInTheDocument();
    await expect(canvas.queryByText('The image provider is having trouble. Trying again…')).not.toBeInTheDocument();
    await expect(canvas.queryByText('The image provider is taking too long')).not.toBeInTheDocument();
    await expect(document.querySelector('[data-sonner-toast]')).toBeNull();
  },
};
