import type { Meta, StoryObj } from '@storybook/react-vite';
import { onlineManager } from '@tanstack/react-query';
import { expect, waitFor, within } from 'storybook/test';
import { OfflineBanner } from './OfflineBanner';

/** The banner itself, apart from the rest of the canvas. */
const banner = (canvasElement: HTMLElement) => within(canvasElement.querySelector<HTMLElement>('.xm-offline') ?? canvasElement);

const meta = {
  title: 'Components/OfflineBanner',
  component: OfflineBanner,
  tags: ['autodocs'],
  parameters: { xmode: { account: { offline: true } } },
} satisfies Meta<typeof OfflineBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The browser is offline: the banner in a polite live region, "Try again" outside it.
 * The provider learns it from React Query's `onlineManager` after mounting, so the
 * region fills a moment after the first paint (and is announced).
 */
export const Offline: Story = {
  async play({ canvasElement }) {
    const canvas = banner(canvasElement);
    const status = canvas.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent("You're offline"));
    await expect(status).not.toContainElement(canvas.getByRole('button', { name: 'Try again' }));
  },
};

/** Reconnecting: the banner goes and the live region says "Back online" once. */
export const BackOnline: Story = {
  async play({ canvasElement }) {
    const canvas = banner(canvasElement);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent("You're offline"));
    onlineManager.setOnline(true);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Back online'));
    await expect(canvas.queryByRole('button')).not.toBeInTheDocument();
  },
};
