import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
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

/** Blocked: the blocked screen replaces the features (they unmount, their queries stop). */
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
