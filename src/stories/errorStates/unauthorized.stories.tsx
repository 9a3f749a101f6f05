import type { Meta, StoryObj } from '@storybook/react-vite';
import { http } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { xmodeError } from '../../mocks/errors';
import { GenerationList, StoryPage } from '../kit/pages';
import { errorStateControls, errorStatePlayground, type ErrorStateArgs } from '../kit/errorStateControls';

const meta = {
  title: 'Error states/Missing or revoked key (401, unauthorized)',
  ...errorStateControls('unauthorized'),
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

const TITLE = 'Your API key is missing or has been revoked';

/**
 * The key the dashboard sends was revoked (mock scenario `unauthorized`): the list's
 * `GET /v1/generations` answers 401, `AccountGate` replaces the `/v1` features with the
 * key state, focus moves to its heading, the page title says "Error:".
 */
export const RevokedKey: Story = {
  parameters: { xmode: { scenarios: ['unauthorized'] } },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const heading = await canvas.findByRole('heading', { name: TITLE });
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(canvas.getByRole('link', { name: 'Go to API keys' })).toHaveAttribute('href', '#api-keys');
    await expect(canvas.getByText('Key ending in 0000')).toBeInTheDocument();
    await expect(canvas.queryByRole('heading', { name: 'Generations' })).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toMatch(/^Error: /));
  },
};

/** No key reached the API (a 401 from a story handler): the same state, never a blocked screen. */
export const MissingKey: Story = {
  parameters: { msw: { handlers: [http.all('*/v1/*', () => xmodeError('unauthorized'))] } },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: TITLE })).toBeInTheDocument();
    await expect(canvas.queryByText(/blocked/i)).not.toBeInTheDocument();
  },
};

/**
 * A stray 401 (the list's first read answers 401; the key works): the key state with
 * "Check again", which sends one request with the key; its success lifts the state and
 * the list, kept hidden meanwhile, asks again.
 */
export const StrayThenCheckAgain: Story = {
  parameters: { msw: { handlers: [http.get('*/v1/generations', () => xmodeError('unauthorized'), { once: true })] } },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const heading = await canvas.findByRole('heading', { name: TITLE });
    await waitFor(() => expect(heading).toHaveFocus());
    await userEvent.click(canvas.getByRole('button', { name: 'Check again' }));
    await waitFor(() => expect(canvas.queryByRole('heading', { name: TITLE })).not.toBeInTheDocument());
    // The list, kept hidden meanwhile, asks again and shows.
    await expect(await canvas.findByText(/^A lighthouse at dusk, watercolor/)).toBeVisible();
  },
};
