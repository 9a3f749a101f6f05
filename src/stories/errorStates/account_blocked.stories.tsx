import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { GenerationList, StoryPage } from '../kit/pages';
import { errorStateControls, errorStatePlayground, type ErrorStateArgs } from '../kit/errorStateControls';

const meta = {
  title: 'Error states/Account blocked (401, account_blocked)',
  ...errorStateControls('account_blocked'),
  parameters: { xmode: { scenarios: ['account_blocked'] } },
} satisfies Meta<ErrorStateArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The code in its usual context, reached without interaction; the controls change it. */
export const Playground: Story = errorStatePlayground();

/**
 * The account is blocked (mock scenario `account_blocked`): every `/v1` request answers
 * 401 `account_blocked`; `AccountGate` shows the blocked screen in place of the
 * features, with focus on its heading, what still works, and the support link.
 */
export const BlockedScreen: Story = {
  render: () => (
    <StoryPage>
      <GenerationList />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const heading = await canvas.findByRole('heading', { name: 'Your xMode account has been blocked' });
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(canvas.getByRole('alert')).toHaveTextContent('The rest of the dashboard still works');
    await expect(canvas.getByRole('link', { name: 'Go to billing' })).toHaveAttribute('href', '#billing');
    await expect(canvas.getByRole('link', { name: 'Go to settings' })).toHaveAttribute('href', '#settings');
    await expect(canvas.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', 'mailto:support@xmode.example');
    await expect(canvas.queryByRole('button', { name: /retry|try again/i })).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toMatch(/^Error: /));
  },
};
