import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { BANNED_WORD } from '../../mocks/generations';
import { GenerationForm } from '../kit/GenerationForm';
import { StoryPage } from '../kit/pages';

const meta = {
  title: 'Forms/New generation',
  render: () => (
    <StoryPage>
      <GenerationForm />
    </StoryPage>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const SUBMIT = { name: 'Generate images' };

/**
 * The server refuses two fields (mock scenario `validation_error`): the error summary
 * takes focus, lists them in the order of the fields, each link focuses its field; each
 * field shows the same words with a hidden "Error:", is `aria-invalid` and described by
 * its message; what the user typed stays; editing a field clears its message.
 */
export const ServerFieldErrors: Story = {
  parameters: { xmode: { scenarios: ['validation_error'] } },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', SUBMIT));
    const summary = await canvas.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    const links = within(summary).getAllByRole('link');
    await expect(links.map((link) => link.textContent)).toEqual([
      'Prompt must be at most 1000 characters',
      'End-user email must be a valid email address',
    ]);

    const email = canvas.getByLabelText('End-user email');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription('Error: End-user email must be a valid email address');
    await userEvent.click(links[1] as HTMLElement);
    await expect(email).toHaveFocus();
    await expect(canvas.getByLabelText('Prompt')).toHaveValue('A lighthouse at dusk, watercolor');

    await userEvent.type(email, 'x');
    await waitFor(() => expect(email).not.toHaveAttribute('aria-invalid'));
    await expect(canvas.getByLabelText('Prompt')).toHaveAttribute('aria-invalid', 'true');
  },
};

/** Client rules first: an empty prompt never reaches the API; same summary, same field message. */
export const ClientValidation: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.clear(canvas.getByLabelText('Prompt'));
    await userEvent.click(canvas.getByRole('button', SUBMIT));
    const summary = await canvas.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(within(summary).getByRole('link', { name: 'Enter a prompt' })).toBeInTheDocument();
    await expect(canvas.getByLabelText('Prompt')).toHaveAccessibleDescription('Error: Enter a prompt');
  },
};

/** The content filter rejects the prompt (422): the advice sits on the prompt, which is kept. */
export const ContentPolicy: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const prompt = canvas.getByLabelText('Prompt');
    await userEvent.clear(prompt);
    await userEvent.type(prompt, `A poster about ${BANNED_WORD}`);
    await userEvent.click(canvas.getByRole('button', SUBMIT));
    await waitFor(() => expect(prompt).toHaveAttribute('aria-invalid', 'true'));
    await expect(prompt).toHaveAccessibleDescription(/content filter/i);
    await expect(prompt).toHaveValue(`A poster about ${BANNED_WORD}`);
  },
};

/**
 * A 429 with `Retry-After: 2` (mock scenario `rate_limited`): the submit button stays
 * focusable but refuses clicks (`aria-disabled`) with the countdown as its description;
 * the request is sent again by itself when the window ends, once.
 */
export const CooldownDisabledSubmit: Story = {
  parameters: { xmode: { scenarios: ['rate_limited'] } },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', SUBMIT);
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'true'));
    await waitFor(() => expect(button).toHaveAccessibleDescription(/^Too many requests: sending in [12] s$/));
    await userEvent.click(button);
    const queued = await canvas.findByText(/^Generation gen_\w+ queued\.$/, {}, { timeout: 4000 });
    await expect(queued).toHaveTextContent('gen_000001');
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
  },
};

/**
 * Problems that belong to no field (here the balance, 402) go in the summary as text,
 * without a link; the page-wide top-up banner shows too.
 */
export const FormLevelError: Story = {
  parameters: { xmode: { seed: { xTokens: 0 } } },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', SUBMIT));
    const summary = await canvas.findByRole('alert', { name: 'There is a problem' });
    // The summary is the one alert; its item is the link to the fix, one Tab away.
    await expect(within(summary).getByRole('link', { name: /Your xTokens balance is too low for this request/ })).toHaveAttribute('href', '#billing');
    await expect(canvas.getAllByRole('alert').filter((alert) => alert.textContent?.includes('balance is too low'))).toEqual([summary]);
    await expect(canvas.getByRole('link', { name: 'Top up' })).toBeInTheDocument();
  },
};

/**
 * The paid form's request ends in a server fault (mock scenario `internal_error`): the
 * summary says it may or may not have gone through (never "try again"), links to the
 * generations to check before sending it again and to support, with the request id.
 */
export const PaidServerFault: Story = {
  parameters: { xmode: { scenarios: ['internal_error'] } },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', SUBMIT));
    const summary = await canvas.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(summary).toHaveTextContent('Your request may or may not have gone through');
    await expect(summary).not.toHaveTextContent('Try again');
    await expect(within(summary).getByRole('link', { name: 'Check your generations' })).toHaveAttribute('href', '#generations');
    await expect(within(summary).getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', 'mailto:support@xmode.example');
    await expect(within(summary).getByText(/Request ID: req_/)).toBeInTheDocument();
  },
};
