import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ImagePlaceholder } from './ImagePlaceholder';

const meta = {
  title: 'Components/ImagePlaceholder',
  component: ImagePlaceholder,
  tags: ['autodocs'],
  args: { index: 3, total: 4, reason: 'storage_failed', onRerun: fn() },
  // The placeholder fills its container: give it the cell's size, as the grid does.
  render: (args) => (
    <div style={{ width: '16rem', aspectRatio: '1 / 1' }}>
      <ImagePlaceholder {...args} />
    </div>
  ),
} satisfies Meta<typeof ImagePlaceholder>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Named for what happened, in plain words (the server's detail is for logs); "Re-run prompt" sits outside the image. */
export const NotSaved: Story = {
  async play({ args, canvasElement }) {
    const canvas = within(canvasElement);
    const image = canvas.getByRole('img', { name: "Image 3 of 4 couldn't be saved" });
    const rerun = canvas.getByRole('button', { name: 'Re-run prompt for image 3' });
    await expect(image).not.toContainElement(rerun);
    await expect(canvas.queryByText(/storage layer/)).not.toBeInTheDocument();
    await userEvent.tab();
    await expect(rerun).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(args.onRerun).toHaveBeenCalledOnce();
  },
};

/** An image whose URL did not load. */
export const LoadFailed: Story = {
  args: { reason: 'load_failed' },
  async play({ canvasElement }) {
    await expect(within(canvasElement).getByRole('img', { name: "Image 3 of 4 couldn't be loaded" })).toBeInTheDocument();
  },
};

/** A marker the module does not know: the generic wording. */
export const Unavailable: Story = {
  args: { reason: 'unavailable', onRerun: undefined },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img', { name: "Image 3 of 4 isn't available" })).toBeInTheDocument();
    await expect(canvas.queryByRole('button')).not.toBeInTheDocument();
  },
};
