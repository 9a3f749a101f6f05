import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { GeneratePanel } from '../kit/harness';
import { StoryPage } from '../kit/pages';
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
