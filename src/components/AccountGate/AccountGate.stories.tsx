import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { kitFromLoaded } from '../../stories/kit/storyKit';
import { AccountGate } from './AccountGate';

const meta = {
  title: 'Components/AccountGate',
  component: AccountGate,
  tags: ['autodocs'],
  args: {
    apiKeysHref: '#api-keys',
    settingsHref: '#settings',
    keyLast4: '1234',
    children: <p>Generations and end-users (the /v1 features).</p>,
  },
} satisfies Meta<typeof AccountGate>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing wrong: the features render. */
export const Open: Story = {
  async play({ canvasElement }) {
    await expect(within(canvasElement).getByText(/the \/v1 features/)).toBeInTheDocument();
  },
};

/** Blocked from the start: the blocked screen stands in for the features, which never mount (they would send what the account can't). */
export const Blocked: Story = {
  parameters: { xmode: { account: { blocked: true } } },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const heading = canvas.getByRole('heading', { name: 'Your xMode account has been blocked' });
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(canvas.queryByText(/the \/v1 features/)).not.toBeInTheDocument();
  },
};

/** Missing or revoked key: the key state, not the blocked screen. */
export const Unauthorized: Story = {
  parameters: { xmode: { account: { unauthorized: true } } },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Your API key is missing or has been revoked' })).toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: 'Go to API keys' })).toHaveAttribute('href', '#api-keys');
  },
};

/** Both at once: blocked wins (a new key would not help). */
export const BlockedWinsOverUnauthorized: Story = {
  parameters: { xmode: { account: { blocked: true, unauthorized: true } } },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Your xMode account has been blocked' })).toBeInTheDocument();
    await expect(canvas.queryByRole('link', { name: 'Go to API keys' })).not.toBeInTheDocument();
  },
};

/**
 * A 401 arrives while the user types (a proxy session expiring): the form is hidden and
 * inert, not destroyed. "Check again" sends one request; its success lifts the gate, and
 * the form is back as the user left it, focus on the heading before it.
 */
export const KeepsWhatWasTyped: Story = {
  parameters: { msw: { handlers: [http.get('*/v1/balance', () => HttpResponse.json({ xTokens: 40 }))] } },
  args: {
    children: (
      <p>
        <label>
          Prompt <textarea rows={2} />
        </label>
      </p>
    ),
  },
  render: (args) => (
    <>
      <h2 tabIndex={-1}>New generation</h2>
      <AccountGate {...args} />
    </>
  ),
  async play({ canvasElement, loaded }) {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Prompt' }), 'A prompt that took minutes');
    kitFromLoaded(loaded).account.setState({ unauthorized: true });
    const heading = await canvas.findByRole('heading', { name: 'Your API key is missing or has been revoked' });
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(canvas.queryByRole('textbox', { name: 'Prompt' })).not.toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Check again' }));
    await waitFor(() => expect(canvas.getByRole('textbox', { name: 'Prompt' })).toHaveValue('A prompt that took minutes'));
  },
};

/** "Check again" while the key is still refused: it says so, and the state stays. */
export const CheckAgainRefused: Story = {
  parameters: {
    xmode: { account: { unauthorized: true } },
    msw: { handlers: [http.get('*/v1/balance', () => HttpResponse.json({ error: { code: 'unauthorized', message: 'Invalid API key' } }, { status: 401 }))] },
  },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Check again' }));
    await expect(await canvas.findByText("Your key still isn't accepted.")).toBeInTheDocument();
    await expect(canvas.getByRole('heading', { name: 'Your API key is missing or has been revoked' })).toBeInTheDocument();
  },
};
