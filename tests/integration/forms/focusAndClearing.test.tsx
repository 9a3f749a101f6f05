import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { listenCountingServer } from '../xmodeTestKit';
import { expectNoAxeViolations } from '../axe';
import { answerCreated, answerError, answerValidation, fillValid, findSummary, querySummary, renderForm, submitButton, summaryLines } from './formKit';

// Each test types, submits and runs axe: allow for a loaded CI machine.
vi.setConfig({ testTimeout: 15_000 });

const net = listenCountingServer();

const THREE_FIELDS = {
  prompt: 'is too vague',
  endUserEmail: 'must be a valid email address',
  imageCount: 'must be an integer between 1 and 4',
};

describe('ErrorSummary focus', () => {
  it('should move focus to the summary after a failed server submit', async () => {
    net.use(answerValidation(THREE_FIELDS));
    const { user } = renderForm();
    await fillValid(user);
    await user.click(submitButton());

    const summary = await findSummary();
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveAttribute('tabindex', '-1');
  });

  it('should move focus to the summary after a failed client validation, and send nothing', async () => {
    const { user, view } = renderForm();
    await user.click(submitButton());

    const summary = await findSummary();
    expect(summaryLines(summary)).toEqual(['link: Enter a prompt that describes the images']);
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByRole('textbox', { name: 'Prompt' })).toHaveAccessibleDescription('Error: Enter a prompt that describes the images');
    expect(net.count('POST /v1/generations')).toBe(0);
    await expectNoAxeViolations(view.container);
  });

  it('should move focus again on the next failed submit', async () => {
    net.use(answerValidation({ prompt: 'is too vague' }));
    const { user } = renderForm();
    await fillValid(user);
    await user.click(submitButton());
    const summary = await findSummary();
    await waitFor(() => expect(summary).toHaveFocus());

    await user.click(screen.getByRole('textbox', { name: 'End-user email' }));
    await user.click(submitButton());
    await waitFor(() => expect(net.count('POST /v1/generations')).toBe(2));
    await waitFor(() => expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveFocus());
  });

  it('should focus each field from its summary link', async () => {
    net.use(answerValidation(THREE_FIELDS));
    const { user } = renderForm();
    await fillValid(user);
    await user.click(submitButton());
    const summary = await findSummary();

    // Keyboard: Tab from the focused summary reaches its first link, Enter follows it.
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveAttribute('tabindex', '-1');
    await user.tab();
    expect(within(summary).getByRole('link', { name: 'Prompt is too vague' })).toHaveFocus();
    // GOV.UK: focus has left the summary, so it is no longer focusable (a click in it pulls no focus) (#25).
    expect(summary).not.toHaveAttribute('tabindex');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Prompt' })).toHaveFocus();

    await user.click(within(summary).getByRole('link', { name: 'End-user email must be a valid email address' }));
    expect(screen.getByRole('textbox', { name: 'End-user email' })).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: 'Number of images must be an integer between 1 and 4' }));
    expect(screen.getByRole('spinbutton', { name: 'Number of images' })).toHaveFocus();
    await user.click(summary);
    expect(summary).not.toHaveFocus();
  });

  it('should focus the first URL input from a list-level error of the reference images', async () => {
    net.use(answerValidation({ referenceImages: 'must contain at most 4 images' }));
    const { user } = renderForm();
    await fillValid(user);
    await user.click(submitButton());

    await user.click(within(await findSummary()).getByRole('link', { name: 'Reference images must contain at most 4 images' }));
    expect(screen.getByRole('textbox', { name: 'Reference image 1 URL' })).toHaveFocus();
  });

  it('should focus the first invalid field, in field order, when no summary is rendered', async () => {
    net.use(answerValidation({ endUserEmail: 'must be a valid email address', imageCount: 'must be an integer between 1 and 4' }));
    const { user } = renderForm({ withSummary: false });
    await fillValid(user);
    await user.click(submitButton());

    const email = screen.getByRole('textbox', { name: 'End-user email' });
    await waitFor(() => expect(email).toHaveFocus());
    expect(email).toHaveAccessibleDescription('Error: End-user email must be a valid email address');
  });

  it('should focus the first invalid field after a failed client validation when no summary is rendered', async () => {
    const { user } = renderForm({ withSummary: false });
    await user.type(screen.getByRole('textbox', { name: 'End-user email' }), 'ana@example.com');
    await user.click(submitButton());

    const prompt = screen.getByRole('textbox', { name: 'Prompt' });
    await waitFor(() => expect(prompt).toHaveFocus());
    expect(prompt).toHaveAccessibleDescription('Error: Enter a prompt that describes the images');
  });
});

describe('clearing server errors', () => {
  it('should clear a field’s server error when the user edits it, keep the others, and not move focus', async () => {
    net.use(answerValidation(THREE_FIELDS));
    const { user, view } = renderForm();
    await fillValid(user);
    await user.click(submitButton());
    await findSummary();

    const email = screen.getByRole('textbox', { name: 'End-user email' });
    await user.click(email);
    await user.type(email, 'x');

    expect(email).not.toHaveAttribute('aria-invalid');
    expect(email).not.toHaveAccessibleDescription();
    expect(email).toHaveValue('ana@example.comx');
    expect(email).toHaveFocus();
    expect(summaryLines(screen.getByRole('alert', { name: 'There is a problem' }))).toEqual([
      'link: Prompt is too vague',
      'link: Number of images must be an integer between 1 and 4',
    ]);
    expect(screen.getByRole('textbox', { name: 'Prompt' })).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(view.container);
  });

  it('should remove the summary once the last field error is fixed', async () => {
    net.use(answerValidation({ prompt: 'is too vague' }));
    const { user } = renderForm();
    await fillValid(user);
    await user.click(submitButton());
    await findSummary();

    await user.type(screen.getByRole('textbox', { name: 'Prompt' }), ', at dawn');
    expect(querySummary()).not.toBeInTheDocument();
  });

  it('should clear the reference images’ server errors when an image is removed', async () => {
    net.use(answerValidation({ referenceImages: { 0: 'must be an http(s) or data:image URL' } }));
    const { user } = renderForm();
    await fillValid(user);
    await user.type(screen.getByRole('textbox', { name: 'Reference image 1 URL' }), 'ftp://x');
    await user.click(submitButton());
    await findSummary();

    await user.click(screen.getByRole('button', { name: 'Add a reference image' }));
    await user.click(screen.getByRole('button', { name: 'Remove reference image 1' }));
    expect(querySummary()).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Reference image 1 URL' })).not.toHaveAttribute('aria-invalid');
  });

  it('should keep form-level errors while the user edits fields', async () => {
    net.use(answerError(402, { code: 'payment_required', message: 'no tokens' }));
    const { user } = renderForm();
    await fillValid(user);
    await user.click(submitButton());
    await findSummary();

    await user.type(screen.getByRole('textbox', { name: 'Prompt' }), '!');
    expect(summaryLines(await findSummary())).toEqual(['text: Your xTokens balance is too low for this request. Top up your balance to continue.']);
  });

  it('should clear every server error on resubmit and show success, keeping the values', async () => {
    net.use(answerValidation(THREE_FIELDS));
    const { user, view } = renderForm();
    await fillValid(user);
    await user.click(submitButton());
    await findSummary();

    net.use(answerCreated(50));
    await user.click(submitButton());
    expect(querySummary()).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Prompt' })).not.toHaveAttribute('aria-invalid');
    expect(await screen.findByRole('status')).toHaveTextContent('Generation gen_1 started');
    expect(screen.getByRole('textbox', { name: 'Prompt' })).toHaveValue('A red fox in the snow');
    expect(net.count('POST /v1/generations')).toBe(2);
    await expectNoAxeViolations(view.container);
  });

  it('should resubmit with a list-level server error still shown (it is not a registered field)', async () => {
    net.use(answerValidation({ referenceImages: 'must contain at most 4 images' }));
    const { user } = renderForm();
    await fillValid(user);
    await user.click(submitButton());
    await findSummary();

    net.use(answerCreated());
    await user.click(submitButton());
    expect(await screen.findByRole('status')).toHaveTextContent('Generation gen_1 started');
    expect(net.count('POST /v1/generations')).toBe(2);
  });

  it('should clear server errors on a resubmit that fails client validation, showing only the client error', async () => {
    net.use(answerValidation({ endUserEmail: 'must be a valid email address' }));
    const { user } = renderForm();
    await fillValid(user);
    await user.click(submitButton());
    await findSummary();

    await user.clear(screen.getByRole('textbox', { name: 'Prompt' }));
    await user.click(submitButton());
    await waitFor(() => expect(summaryLines(screen.getByRole('alert', { name: 'There is a problem' }))).toEqual(['link: Enter a prompt that describes the images']));
    expect(screen.getByRole('textbox', { name: 'End-user email' })).not.toHaveAttribute('aria-invalid');
    expect(net.count('POST /v1/generations')).toBe(1);
  });
});
