import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { GenerateButton } from '../kit/harness';
import { settleAnimations } from '../kit/settle';

const meta = {
  title: 'Error states/internal_error',
  parameters: { xmode: { scenarios: ['internal_error'] } },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** `POST /v1/generations` answers 500 `internal_error`: never repeated, one toast with the request id. */
export const ToastWithRequestId: Story = {
  render: () => <GenerateButton />,
  async play({ canvasElement }) {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Generate' }));
    const toast = await screen.findByText('Something went wrong on our side', {}, { timeout: 5000 });
    const item = toast.closest('li') as HTMLElement;
    await expect(within(item).getByText(/Request ID: req_/)).toBeInTheDocument();
    await expect(within(item).getByRole('button', { name: 'Copy request ID' })).toBeInTheDocument();
    await expect(within(item).getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', 'mailto:support@xmode.example');
    await waitFor(() => expect(within(item).queryByRole('button', { name: 'Retry' })).toBeNull());
    await settleAnimations();
  },
};
