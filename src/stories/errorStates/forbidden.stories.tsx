import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { EndUserList, StoryPage } from '../kit/pages';
import { errorStateControls, errorStatePlayground, type ErrorStateArgs } from '../kit/errorStateControls';

const meta = {
  title: 'Error states/No access (403, forbidden)',
  ...errorStateControls('forbidden'),
  parameters: { xmode: { scenarios: ['forbidden'] } },
} satisfies Meta<ErrorStateArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The code in its usual context, reached without interaction; the controls change it. */
export const Playground: Story = errorStatePlayground();

/**
 * The key may not list end-users (mock scenario `forbidden`, `GET /v1/end-users` → 403):
 * the state sits in place of the list, with the server's words as text and no retry.
 */
export const InPlaceOfTheList: Story = {
  render: () => (
    <StoryPage>
      <EndUserList />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const heading = await canvas.findByRole('heading', { name: "Your API key isn't allowed to do this", level: 3 });
    await expect(heading.closest('section')).toHaveAccessibleName('End-users');
    await expect(canvas.getByText(/Details from xMode: This API key does not have permission/)).toBeInTheDocument();
    await expect(canvas.queryByRole('button', { name: /retry|try again/i })).not.toBeInTheDocument();
  },
};
