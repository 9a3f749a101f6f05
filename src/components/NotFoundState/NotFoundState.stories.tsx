import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { XModeError } from '../../core';
import { NotFoundState } from './NotFoundState';

const meta = {
  title: 'Components/NotFoundState',
  component: NotFoundState,
  tags: ['autodocs'],
  // An Error instance: no JSON editor for it (the docs page would have to clone it).
  argTypes: { error: { control: false } },
} satisfies Meta<typeof NotFoundState>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Names the end-user that was asked for, and takes focus (it replaces the resource). */
export const EndUser: Story = {
  args: {
    resource: { kind: 'endUser', id: 'ana@example.com' },
    error: new XModeError({ code: 'not_found', status: 404, message: 'End-user ana@example.com does not exist or does not belong to you.' }),
  },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const heading = canvas.getByRole('heading', { name: "We couldn't find end-user ana@example.com" });
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(canvas.getByText(/Details from xMode: End-user ana@example.com/)).toBeInTheDocument();
  },
};

/** An image inside a list: no focus move, a smaller heading. */
export const ImageInAList: Story = {
  args: { resource: { kind: 'image', id: 'img_7' }, focusHeading: false, headingLevel: 3 },
  async play({ canvasElement }) {
    const heading = await within(canvasElement).findByRole('heading', { level: 3, name: "We couldn't find image img_7" });
    await expect(heading).not.toHaveFocus();
  },
};

/** Nothing known about what was asked for: the generic heading. */
export const Generic: Story = {
  async play({ canvasElement }) {
    await expect(within(canvasElement).getByRole('heading', { name: "We couldn't find this" })).toBeInTheDocument();
  },
};
