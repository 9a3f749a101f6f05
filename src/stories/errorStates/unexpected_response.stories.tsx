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
 * A corporate firewall's HTML 403 in place of the API (mock scenario `firewall_403`,
 * HAProxy's own page): not `forbidden` — nothing about the key — but the state that says
 * something between the user and xMode answered, with the status and what to check. Never
 * retried (a 4xx); the page's words never reach the screen.
 */
export const FirewallHtml403: Story = {
  parameters: { xmode: { scenarios: ['firewall_403'] } },
  async play({ canvasElement }) {
    const section = within(within(canvasElement).getByRole('region', { name: 'Generations' }));
    const heading = 'Something between you and xMode answered (HTTP 403)';
    await expect(await section.findByRole('heading', { name: heading }, { timeout: 3000 })).toBeInTheDocument();
    await expect(section.getByText(/VPN or proxy/)).toBeInTheDocument();
    await expect(section.queryByText(/administrative rules|Forbidden|<html>/)).not.toBeInTheDocument();
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
