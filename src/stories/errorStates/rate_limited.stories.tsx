import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { GeneratePanel } from '../kit/harness';
import { StoryPage, StoryTab } from '../kit/pages';
import { errorStateControls, errorStatePlayground, type ErrorStateArgs } from '../kit/errorStateControls';

const meta = {
  title: 'Error states/Rate limited (429, rate_limited)',
  ...errorStateControls('rate_limited'),
  render: () => (
    <StoryPage rateLimitNotice>
      <GeneratePanel />
    </StoryPage>
  ),
} satisfies Meta<ErrorStateArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The code in its usual context, reached without interaction; the controls change it. */
export const Playground: Story = errorStatePlayground();

/**
 * Generate answers 429 with `Retry-After: 2` (mock scenario `rate_limited`): the shared
 * cooldown opens, the notice counts down once a second (the number is hidden from screen
 * readers; the start and the end are announced), then the request is sent again by
 * itself and succeeds.
 */
export const CountdownThenRetry: Story = {
  parameters: { xmode: { scenarios: ['rate_limited'] } },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Generate' }));
    const countdown = await canvas.findByText(/^Trying again in [12] s$/);
    await expect(countdown).toHaveAttribute('aria-hidden', 'true');
    const status = canvasElement.querySelector('.xm-notice__live') as HTMLElement;
    await waitFor(() => expect(status).toHaveTextContent('Too many requests'));
    await waitFor(() => expect(canvas.getByText('Trying again in 1 s')).toBeInTheDocument(), { timeout: 2500 });
    await waitFor(() => expect(status).toHaveTextContent('You can send requests again.'), { timeout: 3000 });
    await expect(await canvas.findByText(/^Generation gen_\w+ queued\.$/, {}, { timeout: 3000 })).toBeInTheDocument();
  },
};

/**
 * A 429 asking to wait ~3170 years (mock scenario `absurd_retry_after`): the wait is
 * capped, not retried automatically, and the notice says when ("after 14:05") instead of
 * counting; no "Try again" while the window is open.
 */
export const VeryLongWait: Story = {
  parameters: { xmode: { scenarios: ['absurd_retry_after'] } },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Generate' }));
    await waitFor(() => expect(canvas.getAllByText(/^Try again after \d{1,2}:\d{2}/).length).toBeGreaterThan(0));
    await expect(canvas.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await expect(canvas.queryByText(/queued/)).not.toBeInTheDocument();
  },
};

/**
 * Two tabs of one dashboard (same API key), side by side: Tab 1's Generate answers 429
 * with `Retry-After: 2`. Tab 2 learns the window over the BroadcastChannel and counts the
 * same seconds without having sent anything; its own Generate, pressed inside the window,
 * waits for the end and is sent once (it succeeds: the server is not asked early).
 */
export const TwoTabsOneWindow: Story = {
  parameters: { xmode: { scenarios: ['rate_limited'] } },
  render: () => (
    <div className="xm-story-tabs">
      <StoryTab name="Tab 1">
        <GeneratePanel />
      </StoryTab>
      <StoryTab name="Tab 2">
        <GeneratePanel />
      </StoryTab>
    </div>
  ),
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const one = within(canvas.getByRole('region', { name: 'Tab 1' }));
    const two = within(canvas.getByRole('region', { name: 'Tab 2' }));
    await userEvent.click(one.getByRole('button', { name: 'Generate' }));
    await expect(await one.findByText(/^Trying again in [12] s$/)).toBeInTheDocument();
    // Tab 2 sent nothing, and shows the same window.
    await expect(await two.findByText(/^Trying again in [12] s$/)).toBeInTheDocument();
    await userEvent.click(two.getByRole('button', { name: 'Generate' }));
    await expect(two.queryByText(/queued/)).not.toBeInTheDocument();
    await expect(await one.findByText(/^Generation gen_\w+ queued\.$/, {}, { timeout: 4000 })).toBeInTheDocument();
    await expect(await two.findByText(/^Generation gen_\w+ queued\.$/, {}, { timeout: 4000 })).toBeInTheDocument();
  },
};
