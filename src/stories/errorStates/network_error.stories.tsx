import type { Meta, StoryObj } from '@storybook/react-vite';
import { onlineManager } from '@tanstack/react-query';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { GenerationList, StoryPage } from '../kit/pages';
import { settleAnimations } from '../kit/play';
import { SHORT_WAITS } from '../kit/storyKit';
import { errorStateControls, errorStatePlayground, type ErrorStateArgs } from '../kit/errorStateControls';

const meta = {
  title: 'Error states/Offline or API unreachable (no status, network_error)',
  ...errorStateControls('network_error'),
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

// The browser is online, only the API does not answer: not "You're offline".
const TITLE = "We can't reach the xMode API";

/**
 * The list gets no response 4 times (mock scenario `network_error`): after the query's 3
 * retries the page-wide offline banner appears with "Try again" (its one surface: no
 * toast); trying again reaches the API and the banner goes away. Waits are shortened.
 */
export const OfflineBanner: Story = {
  parameters: { xmode: { scenarios: ['network_error'], ...SHORT_WAITS } },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const banner = (await canvas.findByText(TITLE, { selector: '.xm-banner__title' }, { timeout: 3000 })).closest('.xm-offline') as HTMLElement;
    await waitFor(() => expect(within(banner).getByRole('status')).toHaveTextContent("the xMode API isn't answering"));
    await expect(document.querySelector('[data-sonner-toast]')).toBeNull();
    await userEvent.click(within(banner).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(canvas.getByText(/A lighthouse at dusk/)).toBeInTheDocument());
    await waitFor(() => expect(canvas.queryByText(TITLE, { selector: '.xm-banner__title' })).not.toBeInTheDocument());
    await settleAnimations();
  },
};

/** The browser says it is offline (React Query's `onlineManager`): the banner shows at once. */
export const BrowserOffline: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await canvas.findByText(/A lighthouse at dusk/);
    onlineManager.setOnline(false);
    // Here the browser itself is offline: now it says so.
    await expect(await canvas.findByText("You're offline", { selector: '.xm-banner__title' })).toBeInTheDocument();
    onlineManager.setOnline(true);
    await waitFor(() => expect(canvas.queryByText("You're offline", { selector: '.xm-banner__title' })).not.toBeInTheDocument());
    await settleAnimations();
  },
};
