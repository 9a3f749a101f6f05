import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { UnauthorizedState } from './UnauthorizedState';

const meta = {
  title: 'Components/UnauthorizedState',
  component: UnauthorizedState,
  tags: ['autodocs'],
  args: { apiKeysHref: '#api-keys', keyLast4: '1234' },
} satisfies Meta<typeof UnauthorizedState>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The key's last 4 characters tell keys apart; focus moves to the heading. */
export const WithKeyEnding: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('heading', { name: 'Your API key is missing or has been revoked' })).toHaveFocus());
    await expect(canvas.getByText('Key ending in 1234')).toBeInTheDocument();
  },
};

/** A host that passes the whole key by mistake: only its end is ever shown. */
export const WholeKeyPassed: Story = {
  args: { keyLast4: 'xm_live_secretKeyABCD9876' },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Key ending in 9876')).toBeInTheDocument();
    await expect(canvasElement).not.toHaveTextContent('secretKey');
  },
};

/** No API keys page configured: no link. */
export const WithoutApiKeysPage: Story = {
  args: { apiKeysHref: undefined, keyLast4: undefined },
  async play({ canvasElement }) {
    await expect(within(canvasElement).queryByRole('link')).not.toBeInTheDocument();
  },
};
