import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { BANNED_WORD } from '../../mocks/generations';
import { GenerationForm } from '../kit/GenerationForm';
import { GeneratePanel, SAMPLE_GENERATION } from '../kit/harness';
import { StoryPage } from '../kit/pages';
import { errorStateControls, errorStatePlayground, type ErrorStateArgs } from '../kit/errorStateControls';

const meta = {
  title: 'Error states/Blocked by the content filter (422, content_policy)',
  ...errorStateControls('content_policy', 'form'),
} satisfies Meta<ErrorStateArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The code in its usual context, reached without interaction; the controls change it. */
export const Playground: Story = errorStatePlayground();

/**
 * The form's prompt is rejected by the content filter (422): the advice sits on the
 * prompt field, in the summary, and the prompt is kept as typed (WCAG 3.3.7).
 */
export const InTheForm: Story = {
  render: () => (
    <StoryPage>
      <GenerationForm defaults={{ prompt: `A poster about ${BANNED_WORD}` }} />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Generate images' }));
    const summary = await canvas.findByRole('alert', { name: 'There is a problem' });
    const prompt = canvas.getByLabelText('Prompt');
    await expect(prompt).toHaveAttribute('aria-invalid', 'true');
    await expect(within(summary).getByRole('link', { name: /content filter/i })).toBeInTheDocument();
    await expect(prompt).toHaveValue(`A poster about ${BANNED_WORD}`);
  },
};

/**
 * A prompt the content filter rejects (the mock answers 422 with `fields.prompt` for
 * "forbidden-topic"), outside a form: what to change, the server's words, no retry.
 * The in-form version is under Forms.
 */
export const OutsideAForm: Story = {
  args: { context: 'page' },
  render: () => (
    <StoryPage>
      <GeneratePanel request={{ ...SAMPLE_GENERATION, prompt: `A poster about ${BANNED_WORD}` }} />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Generate' }));
    const heading = await canvas.findByRole('heading', { name: 'Your request was rejected by the content filter' });
    await expect(heading.closest('[role="alert"]')).toHaveTextContent('Rephrase the prompt or use different reference images.');
    await expect(canvas.queryByRole('button', { name: /retry|try again/i })).not.toBeInTheDocument();
  },
};
