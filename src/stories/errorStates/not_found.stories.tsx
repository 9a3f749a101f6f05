import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import type { Generation } from '../../mocks/types';
import { QueryView, StoryPage } from '../kit/pages';
import { errorStateControls, errorStatePlayground, type ErrorStateArgs } from '../kit/errorStateControls';

const meta = {
  title: 'Error states/Not found (404, not_found)',
  ...errorStateControls('not_found'),
} satisfies Meta<ErrorStateArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The code in its usual context, reached without interaction; the controls change it. */
export const Playground: Story = errorStatePlayground();

/**
 * A generation that does not exist (`GET /v1/generations/gen_missing`, a real 404 of the
 * mock): the state names what was missing and takes focus.
 */
export const MissingGeneration: Story = {
  render: () => (
    <StoryPage>
      <QueryView<Generation>
        path="/v1/generations/gen_missing"
        title="Generation gen_missing"
        resource={{ kind: 'generation', id: 'gen_missing' }}
      >
        {(generation) => <p>{generation.prompt}</p>}
      </QueryView>
    </StoryPage>
  ),
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const heading = await canvas.findByRole('heading', { name: "We couldn't find generation gen_missing" });
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(canvas.getByText(/may have been deleted, or it belongs to another account/)).toBeInTheDocument();
    await expect(canvas.getByText(/Details from xMode: Generation gen_missing does not exist/)).toBeInTheDocument();
  },
};
