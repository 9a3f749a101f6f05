import type { Meta, StoryObj } from '@storybook/react-vite';
import { http } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { xmodeError } from '../../mocks/errors';
import { GeneratePanel } from '../kit/harness';
import { GenerationList, StoryPage, StoryTab } from '../kit/pages';
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
 * Generate answers 429 with `Retry-After: 2` (mock scenario `rate_limited`): the API
 * client's window opens, the notice counts down once a second (the number is hidden from
 * screen readers; the start and the end are announced), then the client sends the
 * request again by itself and it succeeds: the mutation never failed.
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
 * A 429 asking to wait ~3170 years (mock scenario `absurd_retry_after`): the window is
 * capped at 10 minutes, longer than the API client waits, so the request fails at once,
 * unsent again. Its state in place says when ("after 9:40 AM") instead of counting; no
 * "Try again" while the window is open. The page has no notice of its own here: the
 * state in place is the one statement of this wait.
 */
export const VeryLongWait: Story = {
  parameters: { xmode: { scenarios: ['absurd_retry_after'] } },
  render: () => (
    <StoryPage>
      <GeneratePanel />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Generate' }));
    await waitFor(() => expect(canvas.getByText('Wait before you send it again.')).toBeInTheDocument());
    // The time is on screen once, readable: it does not tick (#25).
    await expect(canvas.getByText(/^Try again after \d{1,2}:\d{2}/)).not.toHaveAttribute('aria-hidden');
    await expect(canvas.getAllByText(/\d{1,2}:\d{2}/)).toHaveLength(1);
    await expect(canvas.getAllByText('Too many requests')).toHaveLength(1);
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

/** `GET /v1/generations` requests the mock saw in `PageWaitsInWindow`. */
let listRequests = 0;

/**
 * The page's own data meets a 429 with `Retry-After: 30`: the API client waits out the
 * window and will send the request again by itself, so the list's query stays loading —
 * no error state, no toast — and the page's `RateLimitNotice` says why and counts down
 * (announced once; the number is hidden from screen readers). Nothing is sent during the
 * window. The wait is long so the state can be looked at.
 */
export const PageWaitsInWindow: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get('*/v1/generations', () => {
          listRequests += 1;
          return xmodeError('rate_limited', { retryAfter: 30 });
        }),
      ],
    },
  },
  beforeEach() {
    listRequests = 0;
  },
  render: () => (
    <StoryPage rateLimitNotice>
      <GenerationList />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const notice = canvasElement.querySelector('.xm-notice') as HTMLElement;
    await waitFor(() => expect(within(notice).getByRole('status')).toHaveTextContent('Too many requests'));
    await expect(within(notice).getByText(/^Trying again in (30|29|28) s$/)).toHaveAttribute('aria-hidden', 'true');
    const section = within(canvas.getByRole('region', { name: 'Generations' }));
    await expect(section.getByText('Loading…')).toBeInTheDocument();
    await expect(section.queryByRole('heading', { level: 3 })).not.toBeInTheDocument();
    await expect(document.querySelector('[data-sonner-toast]')).toBeNull();
    await expect(listRequests).toBe(1);
  },
};
