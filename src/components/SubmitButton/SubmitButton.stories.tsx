import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { SubmitButton } from './SubmitButton';

const meta = {
  title: 'Components/SubmitButton',
  component: SubmitButton,
  tags: ['autodocs'],
  args: { server: { pending: false, error: null, cooldown: true }, children: 'Generate images', onClick: fn() },
} satisfies Meta<typeof SubmitButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing in the way: a plain submit button. */
export const Ready: Story = {
  async play({ args, canvasElement }) {
    const button = within(canvasElement).getByRole('button', { name: 'Generate images' });
    await expect(button).not.toHaveAttribute('aria-disabled');
    await userEvent.click(button);
    await expect(args.onClick).toHaveBeenCalledOnce();
  },
};

/** In flight: still focusable, refuses clicks, says "Sending…" as its description. */
export const Pending: Story = {
  args: { server: { pending: true, error: null, cooldown: true } },
  async play({ args, canvasElement }) {
    const button = within(canvasElement).getByRole('button', { name: 'Generate images' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveAccessibleDescription('Sending…');
    await userEvent.click(button);
    await expect(args.onClick).not.toHaveBeenCalled();
  },
};

/** During the shared 429 cooldown: the seconds left, then usable again. */
export const CoolingDown: Story = {
  parameters: { xmode: { cooldownMs: 2000 } },
  async play({ canvasElement }) {
    const button = within(canvasElement).getByRole('button', { name: 'Generate images' });
    await waitFor(() => expect(button).toHaveAccessibleDescription(/^You can send again in [12] s$/));
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'), { timeout: 3500 });
  },
};
