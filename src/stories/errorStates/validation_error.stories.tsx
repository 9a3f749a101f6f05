import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { GenerationForm } from '../kit/GenerationForm';
import { GeneratePanel } from '../kit/harness';
import { StoryPage } from '../kit/pages';
import { errorStateControls, errorStatePlayground, type ErrorStateArgs } from '../kit/errorStateControls';

const meta = {
  title: 'Error states/Invalid input (400, validation_error)',
  ...errorStateControls('validation_error', 'form'),
} satisfies Meta<ErrorStateArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The code in its usual context, reached without interaction; the controls change it. */
export const Playground: Story = errorStatePlayground();

/**
 * The form's submit answers 400 with `fields` (mock scenario `validation_error`): the
 * error summary takes focus and links each problem to its field; each field says what to
 * fix and is `aria-invalid`. More under Forms.
 */
export const InTheForm: Story = {
  parameters: { xmode: { scenarios: ['validation_error'] } },
  render: () => (
    <StoryPage>
      <GenerationForm />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Generate images' }));
    const summary = await canvas.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(within(summary).getAllByRole('link')).toHaveLength(2);
    await expect(canvas.getByLabelText('End-user email')).toHaveAccessibleDescription('Error: End-user email must be a valid email address');
  },
};

/**
 * Generate answers 400 with `fields` (mock scenario `validation_error`) where no form
 * owns the fields: `ErrorState` lists them. In a form they go on the fields and in the
 * error summary (see Forms).
 */
export const OutsideAForm: Story = {
  args: { context: 'page' },
  parameters: { xmode: { scenarios: ['validation_error'] } },
  render: () => (
    <StoryPage>
      <GeneratePanel />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Generate' }));
    const heading = await canvas.findByRole('heading', { name: 'Some details need fixing' });
    const state = within(heading.closest('.xm-state') as HTMLElement);
    await expect(state.getByText('endUserEmail: must be a valid email address')).toBeInTheDocument();
    await expect(state.getByText('prompt: must be at most 1000 characters')).toBeInTheDocument();
  },
};
