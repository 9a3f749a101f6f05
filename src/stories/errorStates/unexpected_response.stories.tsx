import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { GenerationList, StoryPage } from '../kit/pages';
import { settleAnimations } from '../kit/play';
import { SHORT_WAITS } from '../kit/storyKit';
import { errorStateControls, errorStatePlayground, type ErrorStateArgs } from '../kit/errorStateControls';

const meta = {
  title: 'Error states/Unreadable response (no status, unexpected_response)',
  ...errorStateControls('unexpected_response'),
  parameters: { xmode: { ...SHORT_WAITS } },
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

const TITLE = 'We got an unexpected response';

/**
 * A proxy's HTML 502 page, 3 times (mock scenario `html_502`): retried twice, then the
 * state in place of the list, with Retry and no request id (the proxy sent none); the
 * HTML never reaches the page. The state is the error's one voice: no toast.
 */
export const ProxyHtml502: Story = {
  parameters: { xmode: { scenarios: ['html_502'] } },
  async play({ canvasElement }) {
    const section = within(within(canvasElement).getByRole('region', { name: 'Generations' }));
    await expect(await section.findByRole('heading', { name: TITLE }, { timeout: 3000 })).toBeInTheDocument();
    await expect(section.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    await expect(section.queryByText(/Request ID/)).not.toBeInTheDocument();
    await expect(section.queryByText(/nginx|<html>/)).not.toBeInTheDocument();
    await expect(document.querySelector('[data-sonner-toast]')).toBeNull();
    await settleAnimations();
  },
};

/** A 200 whose JSON is cut mid-string, 3 times (mock scenario `truncated_json`). */
export const TruncatedJson: Story = {
  parameters: { xmode: { scenarios: ['truncated_json'] } },
  async play({ canvasElement }) {
    const section = within(within(canvasElement).getByRole('region', { name: 'Generations' }));
    await expect(await section.findByRole('heading', { name: TITLE }, { timeout: 3000 })).toBeInTheDocument();
    await expect(section.getByText(/Request ID: req_/)).toBeInTheDocument();
    await settleAnimations();
  },
};
