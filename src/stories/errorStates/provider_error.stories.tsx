import type { Meta, StoryObj } from '@storybook/react-vite';
import { http } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { xmodeError } from '../../mocks/errors';
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

const TRYING_AGAIN = 'The image provider is having trouble. Trying again…';

/**
 * The list fails upstream 4 times (mock scenario `provider_error`, `Retry-After: 1`): the
 * API client waits out the provider's window and sends it again, 3 times; meanwhile
 * "Trying again…" is said once, politely (the resends are not announced). Then the final
 * state in place of the list with Retry: its one voice, so no toast. Retry works: the
 * provider is back.
 */
export const RetriesExhausted: Story = {
  parameters: { xmode: { scenarios: ['provider_error'] } },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const section = within(canvas.getByRole('region', { name: 'Generations' }));
    await waitFor(() => expect(section.getByText(TRYING_AGAIN).closest('[role="status"]')).not.toBeNull());
    await waitFor(() => expect(section.getByText('This is usually temporary. Try again in a moment.').closest('[role="status"]')).not.toBeNull(), { timeout: 8000 });
    await expect(section.getByText('The image provider had a problem')).toBeVisible();
    await expect(section.queryByText(TRYING_AGAIN)).not.toBeInTheDocument();
    await expect(document.querySelector('[data-sonner-toast]')).toBeNull();
    await userEvent.click(section.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(section.getByText(/A lighthouse at dusk/)).toBeInTheDocument());
    await settleAnimations();
  },
};

/** `GET /v1/generations` requests the mock saw in `WaitedOut`. */
let listRequests = 0;

/**
 * The provider is down and the API says to come back in 30 s (`provider_error` with
 * `Retry-After: 30`): the API client waits out the provider's window for the list and
 * will send it again by itself, so the page stays loading and says "The image provider is
 * having trouble. Trying again…" once, politely. No error state, no Retry, no toast yet;
 * nothing is sent during the window. The wait is long so the state can be looked at.
 */
export const WaitedOut: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get('*/v1/generations', () => {
          listRequests += 1;
          return xmodeError('provider_error', { retryAfter: 30 });
        }),
      ],
    },
  },
  beforeEach() {
    listRequests = 0;
  },
  async play({ canvasElement }) {
    const section = within(within(canvasElement).getByRole('region', { name: 'Generations' }));
    await waitFor(() => expect(section.getByText(TRYING_AGAIN).closest('[role="status"]')).not.toBeNull());
    await expect(section.getByText('Loading…')).toBeInTheDocument();
    await expect(section.queryByRole('button')).not.toBeInTheDocument();
    await expect(section.queryByText('The image provider had a problem')).not.toBeInTheDocument();
    await expect(document.querySelector('[data-sonner-toast]')).toBeNull();
    await expect(listRequests).toBe(1);
  },
};
