import type { Meta, StoryObj } from '@storybook/react-vite';
import { useQueries } from '@tanstack/react-query';
import { http } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { xmodeError } from '../../mocks/errors';
import type { Generation } from '../../mocks/types';
import { GeneratePanel } from '../kit/harness';
import { GenerationList, StoryPage } from '../kit/pages';
import { findToast, settleAnimations } from '../kit/play';
import { SHORT_WAITS, useStoryApi } from '../kit/storyKit';
import { errorStateControls, errorStatePlayground, type ErrorStateArgs } from '../kit/errorStateControls';

const meta = {
  title: 'Error states/Server error (500, internal_error)',
  ...errorStateControls('internal_error'),
} satisfies Meta<ErrorStateArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The code in its usual context, reached without interaction; the controls change it. */
export const Playground: Story = errorStatePlayground();

const TITLE = 'Something went wrong on our side';

/**
 * Generate (a paid request) answers 500 `internal_error` (mock scenario): never repeated
 * (it may have been applied), so no Retry anywhere; the state in place says it may or may
 * not have gone through, links to the generations to check before sending it again, and
 * shows the request id with a copy button and the support link. It is the error's one
 * voice: no toast repeats it.
 */
export const AfterGenerate: Story = {
  parameters: { xmode: { scenarios: ['internal_error'] } },
  render: () => (
    <StoryPage>
      <GeneratePanel />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Generate' }));
    const main = within(canvas.getByRole('main'));
    await expect(await main.findByRole('heading', { name: TITLE })).toBeInTheDocument();
    await expect(main.getByText(/Your request may or may not have gone through/)).toBeInTheDocument();
    await expect(main.getByRole('link', { name: 'Check your generations' })).toHaveAttribute('href', '#generations');
    await expect(main.getByText(/Request ID: req_/)).toBeInTheDocument();
    await expect(main.getByRole('button', { name: 'Copy request ID' })).toBeInTheDocument();
    await expect(main.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', 'mailto:support@xmode.example');
    await expect(document.querySelector('[data-sonner-toast]')).toBeNull();
    await expect(main.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    await settleAnimations();
  },
};

/**
 * The list's `GET` answers 500 every time (a story handler in `parameters.msw.handlers`):
 * a query is retried once, then the state in place of the list offers Retry, the time it
 * happened and the request id.
 */
export const InPlaceOfTheList: Story = {
  parameters: {
    msw: { handlers: [http.get('*/v1/generations', () => xmodeError('internal_error'))] },
    xmode: { ...SHORT_WAITS },
  },
  render: () => (
    <StoryPage>
      <GenerationList />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    const section = within(within(canvasElement).getByRole('region', { name: 'Generations' }));
    await expect(await section.findByRole('heading', { name: TITLE }, { timeout: 3000 })).toBeInTheDocument();
    await expect(section.getByText(/Request ID: req_/)).toBeInTheDocument();
    await expect(section.getByText(/Happened at/).querySelector('time')).toHaveAttribute('datetime');
    await expect(section.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    await settleAnimations();
  },
};

/**
 * A proxy's HTML 502 page in place of the API, 3 times (mock scenario `html_502`): a
 * server fault, shown as `internal_error` — the page's words and HTML never reach the
 * screen, and the proxy sent no request id.
 */
export const ProxyHtml502: Story = {
  parameters: { xmode: { scenarios: ['html_502'], ...SHORT_WAITS } },
  render: () => (
    <StoryPage>
      <GenerationList />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    const section = within(within(canvasElement).getByRole('region', { name: 'Generations' }));
    await expect(await section.findByRole('heading', { name: TITLE }, { timeout: 5000 })).toBeInTheDocument();
    await expect(section.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    await expect(section.queryByText(/Request ID/)).not.toBeInTheDocument();
    await expect(section.queryByText(/nginx|Bad Gateway|<html>/)).not.toBeInTheDocument();
    await settleAnimations();
  },
};

/** Panels of the dashboard page below, each backed by its own query. */
const PANEL_COUNT = 20;

/**
 * A dashboard page of 20 panels whose data is already on screen (each refreshed in the
 * background as the page opens): what a failed refresh leaves in place.
 */
function TwentyPanels() {
  const api = useStoryApi();
  const panels = useQueries({
    queries: Array.from({ length: PANEL_COUNT }, (_, index) => ({
      queryKey: ['story', 'panel', index],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<{ data: Generation[] }>('/v1/generations', { query: { panel: index + 1 }, signal }),
      // Shown since an earlier visit: stale, so the page refreshes it behind the data.
      initialData: { data: [] as Generation[] },
      initialDataUpdatedAt: 0,
    })),
  });
  return (
    <section aria-labelledby="panels-title" className="xm-story-section">
      <h2 id="panels-title">Panels</h2>
      <ul className="xm-story-panels">
        {panels.map((panel, index) => (
          <li key={index}>
            Panel {index + 1}: {panel.data.data.length} generations
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The API is down for a while (every `GET` answers 500 `internal_error` with `Retry-After:
 * 120`, longer than the client waits): the 20 background refreshes of a page fail, and
 * nothing on the page shows them (their data stays). One cause, one toast: "Something
 * went wrong on our side" with "20 requests failed.", not 20 toasts.
 */
export const OneToastForTwentyRequests: Story = {
  parameters: {
    msw: { handlers: [http.get('*/v1/generations', () => xmodeError('internal_error', { retryAfter: 120 }))] },
  },
  render: () => (
    <StoryPage>
      <TwentyPanels />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    const toast = await findToast(TITLE);
    await waitFor(() => expect(toast).toHaveTextContent(`${PANEL_COUNT} requests failed.`));
    await expect(document.querySelectorAll('[data-sonner-toast]')).toHaveLength(1);
    const panels = within(within(canvasElement).getByRole('region', { name: 'Panels' }));
    await expect(panels.getAllByRole('listitem')).toHaveLength(PANEL_COUNT);
    await expect(panels.queryByRole('heading', { name: TITLE })).not.toBeInTheDocument();
    await settleAnimations();
  },
};
