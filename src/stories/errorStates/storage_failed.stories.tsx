import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { GenerationImages } from '../../components';
import { SEED } from '../../mocks/db';
import type { Generation } from '../../mocks/types';
import { QueryView, StoryPage } from '../kit/pages';
import { errorStateControls, errorStatePlayground, type ErrorStateArgs } from '../kit/errorStateControls';

const meta = {
  title: 'Error states/Image not saved (200, storage_failed)',
  ...errorStateControls('storage_failed'),
} satisfies Meta<ErrorStateArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The code in its usual context, reached without interaction; the controls change it. */
export const Playground: Story = errorStatePlayground();

/** The generation's images, and the prompt field "Re-run prompt" pre-fills (WCAG 3.3.7). */
function PartialGeneration({ id }: { id: string }) {
  const [prompt, setPrompt] = useState('');
  return (
    <StoryPage>
      <QueryView<Generation> path={`/v1/generations/${id}`} title={`Generation ${id}`}>
        {(generation) => <GenerationImages {...generation} onRerun={setPrompt} />}
      </QueryView>
      <p>
        <label htmlFor="story-prompt">Prompt</label>
        <br />
        <textarea id="story-prompt" rows={2} cols={40} style={{ maxWidth: '100%', boxSizing: 'border-box' }} value={prompt} onChange={(event) => setPrompt(event.target.value)} />
      </p>
    </StoryPage>
  );
}

/**
 * A succeeded generation whose 4th image could not be stored (`gen_demo_partial` in the
 * mock): a same-size placeholder named for what happened, a count in a status line, no
 * toast, and "Re-run prompt" by keyboard pre-fills the prompt.
 */
export const PlaceholderWithRerun: Story = {
  render: () => <PartialGeneration id={SEED.partialGenerationId} />,
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const placeholder = await canvas.findByRole('img', { name: "Image 4 of 4 couldn't be saved" });
    await waitFor(() => expect(canvas.getByText("1 of 4 images couldn't be saved").closest('[role="status"]')).not.toBeNull());
    await expect(canvas.getAllByRole('img', { name: /^Image [1-3] of 4 for the prompt: Four seasons/ })).toHaveLength(3);
    const rerun = canvas.getByRole('button', { name: 'Re-run prompt for image 4' });
    await expect(placeholder.closest('li')).toContainElement(rerun);
    rerun.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByLabelText('Prompt')).toHaveValue('Four seasons of the same oak tree'));
    await expect(document.querySelector('[data-sonner-toast]')).toBeNull();
  },
};

/** Forced by the mock's `storage_failed` scenario on a generation that had none: its last image. */
export const ForcedOnAStoredGeneration: Story = {
  parameters: { xmode: { scenarios: ['storage_failed'] } },
  render: () => <PartialGeneration id={SEED.doneGenerationId} />,
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('img', { name: "Image 2 of 2 couldn't be saved" })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Re-run prompt for image 2' })).toBeInTheDocument();
  },
};
