import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { XModeError } from '../../core';
import { ContentPolicyNotice } from './ContentPolicyNotice';

const meta = {
  title: 'Components/ContentPolicyNotice',
  component: ContentPolicyNotice,
  tags: ['autodocs'],
  // An Error instance: no JSON editor for it (the docs page would have to clone it).
  argTypes: { error: { control: false } },
  args: {
    error: new XModeError({
      code: 'content_policy',
      status: 422,
      message: 'The prompt or reference images were rejected by our content filter. Rephrase the prompt or use different references.',
    }),
  },
} satisfies Meta<typeof ContentPolicyNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A re-run from history was rejected: "Edit prompt" opens the prompt, pre-filled. */
export const WithEditPrompt: Story = {
  args: { onEditPrompt: fn() },
  async play({ args, canvasElement }) {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('Your request was rejected by the content filter'));
    await userEvent.click(canvas.getByRole('button', { name: 'Edit prompt' }));
    await expect(args.onEditPrompt).toHaveBeenCalledOnce();
  },
};

/** Several on one page name their button after what they belong to. */
export const NamedAction: Story = {
  args: { onEditPrompt: fn(), editPromptLabel: 'Edit prompt for image 3' },
  async play({ canvasElement }) {
    await expect(within(canvasElement).getByRole('button', { name: 'Edit prompt for image 3' })).toBeInTheDocument();
  },
};

/** No action offered: the explanation alone, never a retry. */
export const WithoutAction: Story = {
  async play({ canvasElement }) {
    await expect(within(canvasElement).queryByRole('button')).not.toBeInTheDocument();
  },
};
