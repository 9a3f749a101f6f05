import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { STORAGE_FAILED_MESSAGE, buildImages } from '../../mocks/images';
import { GenerationImages } from './GenerationImages';
import type { GenerationImage } from './parseGenerationImages';

const PROMPT = 'Four seasons of the same oak tree';

const meta = {
  title: 'Components/GenerationImages',
  component: GenerationImages,
  tags: ['autodocs'],
  args: { prompt: PROMPT, status: 'succeeded', images: buildImages('gen_story', 4, -1), onRerun: fn() },
  render: (args) => (
    <div style={{ maxWidth: '40rem' }}>
      <GenerationImages {...args} />
    </div>
  ),
} satisfies Meta<typeof GenerationImages>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Four stored images, each with an alt text from the prompt; no summary. */
export const AllStored: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('img', { name: /^Image [1-4] of 4 for the prompt: Four seasons/ })).toHaveLength(4);
    await expect(canvas.getByRole('status')).toHaveTextContent('');
  },
};

/** One of four could not be saved: a same-size placeholder in its cell, with "Re-run prompt". */
export const OneNotSaved: Story = {
  args: { images: buildImages('gen_story', 4, 2) },
  async play({ args, canvasElement }) {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent("1 of 4 images couldn't be saved"));
    const placeholder = canvas.getByRole('img', { name: "Image 3 of 4 couldn't be saved" });
    const cells = canvas.getAllByRole('listitem');
    await expect(cells[2]).toContainElement(placeholder);
    await userEvent.click(canvas.getByRole('button', { name: 'Re-run prompt for image 3' }));
    // Only the missing image is to be made again.
    await expect(args.onRerun).toHaveBeenCalledWith(PROMPT, { count: 1 });
  },
};

const mixed: GenerationImage[] = [
  ...buildImages('gen_mixed', 2, -1),
  { id: 'img_mixed_3', error: { code: 'storage_failed', message: STORAGE_FAILED_MESSAGE } },
  { id: 'img_mixed_4', error: { code: 'moderation_removed', message: 'Removed after generation.' } },
  { id: 'img_mixed_5', url: 'javascript:alert(1)' },
  { id: 'img_mixed_6', url: 'data:image/png;base64,bm90IGFuIGltYWdl' },
];

/**
 * Every kind of cell at once: stored, not saved, an unknown marker, an unsafe URL (never
 * rendered) and a URL that fails to load (becomes a placeholder once the browser says so).
 */
export const MixedGrid: Story = {
  args: { images: mixed },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('img', { name: "Image 6 of 6 couldn't be loaded" })).toBeInTheDocument();
    await expect(canvas.getByRole('img', { name: "Image 3 of 6 couldn't be saved" })).toBeInTheDocument();
    await expect(canvas.getByRole('img', { name: "Image 4 of 6 isn't available" })).toBeInTheDocument();
    await expect(canvas.getByRole('img', { name: "Image 5 of 6 isn't available" })).toBeInTheDocument();
    await expect(canvas.getByRole('status')).toHaveTextContent("4 of 6 images aren't available");
    await expect(canvasElement.querySelector('img[src^="javascript:"]')).toBeNull();
  },
};

/** A one-image generation whose image was not saved. */
export const SingleNotSaved: Story = {
  args: { images: buildImages('gen_single', 1, 0) },
  async play({ canvasElement }) {
    await waitFor(() => expect(within(canvasElement).getByRole('status')).toHaveTextContent("The image couldn't be saved"));
  },
};

/** Without `onRerun` the placeholders have no action. */
export const WithoutRerun: Story = {
  args: { images: buildImages('gen_story', 2, 1), onRerun: undefined },
  async play({ canvasElement }) {
    await expect(within(canvasElement).queryByRole('button')).not.toBeInTheDocument();
  },
};

/** A generation with no images at all. */
export const Empty: Story = {
  args: { images: [] },
  async play({ canvasElement }) {
    await expect(within(canvasElement).getByText('No images in this generation')).toBeInTheDocument();
  },
};
