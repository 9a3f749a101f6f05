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
 * Generate times out upstream once (mock scenario `provider_timeout`): safe to repeat, so
 * the mutation retries by itself after a backoff; "retrying (1/3)" shows meanwhile, then
 * the generation is queued. No toast: it recovered.
 */
export const RetryingThenRecovered: Story = {
  parameters: { xmode: { scenarios: ['provider_timeout'] } },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Generate' }));
    // The attempt number sits in its own `aria-live="off"` span: not announced on every attempt.
    const status = () => canvasElement.querySelector('.xm-notice__live [role="status"]');
    await waitFor(() => expect(status()?.textContent).toBe('The image provider is slow, retrying (1/3)…'));
    await expect(await canvas.findByText(/^Generation gen_\w+ queued\.$/, {}, { timeout: 4000 })).toBeInTheDocument();
    await expect(canvas.queryByText('The image provider is taking too long')).not.toBeInTheDocument();
  },
};
