import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { BlockedAccountScreen } from './BlockedAccountScreen';

const meta = {
  title: 'Components/BlockedAccountScreen',
  component: BlockedAccountScreen,
  tags: ['autodocs'],
  args: { settingsHref: '#settings' },
} satisfies Meta<typeof BlockedAccountScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Focus on the heading, "Error:" in the page title, what still works, support. */
export const Default: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('heading', { level: 2 })).toHaveFocus());
    await waitFor(() => expect(document.title).toMatch(/^Error: /));
    await expect(canvas.getByRole('list')).toHaveTextContent('Go to billingGo to settings');
    await expect(canvas.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', 'mailto:support@xmode.example');
  },
};

/** A host with no billing, settings or support links configured: the explanation alone. */
export const WithoutLinks: Story = {
  args: { settingsHref: undefined },
  parameters: { xmode: { provider: { topUpHref: undefined, supportUrl: undefined } } },
  async play({ canvasElement }) {
    await expect(within(canvasElement).queryByRole('link')).not.toBeInTheDocument();
  },
};

/** Inside a page with its own h1: heading level 3, no focus move, title untouched. */
export const Embedded: Story = {
  args: { headingLevel: 3, focusHeading: false, prefixDocumentTitle: false },
  async play({ canvasElement }) {
    const heading = await within(canvasElement).findByRole('heading', { level: 3 });
    await expect(heading).not.toHaveFocus();
    await expect(document.title).not.toMatch(/^Error: /);
  },
};
