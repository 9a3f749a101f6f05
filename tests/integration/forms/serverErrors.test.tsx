import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { listenCountingServer } from '../xmodeTestKit';
import { expectNoAxeViolations } from '../axe';
import { answerError, answerValidation, fillValid, findSummary, renderForm, submitButton, summaryLines } from './formKit';

// Each test types, submits and runs axe: allow for a loaded CI machine.
vi.setConfig({ testTimeout: 15_000 });

const net = listenCountingServer();

describe('useServerErrors: where each server error goes', () => {
  it('should put validation_error fields on their fields and list them in field order, linked', async () => {
    net.use(
      answerValidation({
        endUserEmail: 'must be a valid email address',
        imageCount: 'must be an integer between 1 and 4',
        prompt: 'must be at most 1000 characters',
        referenceImages: { 0: 'must be an http(s) or data:image URL' },
      }),
    );
    const { user, view } = renderForm();
    await fillValid(user);
    await user.click(submitButton());

    const summary = await findSummary();
    expect(summaryLines(summary)).toEqual([
      'link: Prompt must be at most 1000 characters',
      'link: Reference image 1 must be an http(s) or data:image URL',
      'link: End-user email must be a valid email address',
      'link: Number of images must be an integer between 1 and 4',
    ]);
    expect(within(summary).getByRole('link', { name: 'Prompt must be at most 1000 characters' })).toHaveAttribute('href', '#generation-prompt');
    expect(within(summary).getByRole('link', { name: /^Reference image 1/ })).toHaveAttribute('href', '#generation-referenceImages.0.url');

    const email = screen.getByRole('textbox', { name: 'End-user email' });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Error: End-user email must be a valid email address');
    expect(screen.getByRole('textbox', { name: 'Reference image 1 URL' })).toHaveAccessibleDescription(
      'Error: Reference image 1 must be an http(s) or data:image URL',
    );
    expect(screen.getByRole('spinbutton', { name: 'Number of images' })).toHaveAttribute('aria-invalid', 'true');
    // What the user typed stays (WCAG 3.3.7).
    expect(screen.getByRole('textbox', { name: 'Prompt' })).toHaveValue('A red fox in the snow');
    expect(email).toHaveValue('ana@example.com');
    await expectNoAxeViolations(view.container);
  });

  it('should map nested API paths in bracket notation to the field array', async () => {
    net.use(answerValidation({ 'referenceImages[1]': 'must be an http(s) or data:image URL' }));
    const { user } = renderForm();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Add a reference image' }));
    await user.type(screen.getByRole('textbox', { name: 'Reference image 2 URL' }), 'ftp://x');
    await user.click(submitButton());

    expect(summaryLines(await findSummary())).toEqual(['link: Reference image 2 must be an http(s) or data:image URL']);
    expect(screen.getByRole('textbox', { name: 'Reference image 2 URL' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Reference image 1 URL' })).not.toHaveAttribute('aria-invalid');
  });

  it('should show a list-level error of the field array on the group', async () => {
    net.use(answerValidation({ referenceImages: 'must contain at most 4 images' }));
    const { user, view } = renderForm();
    await fillValid(user);
    await user.click(submitButton());

    expect(summaryLines(await findSummary())).toEqual(['link: Reference images must contain at most 4 images']);
    expect(screen.getByRole('group', { name: 'Reference images (optional)' })).toHaveAccessibleDescription(
      'Error: Reference images must contain at most 4 images',
    );
    await expectNoAxeViolations(view.container);
  });

  it('should send a field of the hidden advanced section to the form level, not lose it', async () => {
    net.use(answerValidation({ seed: 'must be an integer', prompt: 'is too vague' }));
    const { user } = renderForm();
    await fillValid(user);
    await user.click(submitButton());

    expect(summaryLines(await findSummary())).toEqual(['link: Prompt is too vague', 'text: Seed must be an integer']);
    expect(screen.queryByRole('textbox', { name: 'Seed' })).not.toBeInTheDocument();
  });

  it('should put the seed error on its field when the advanced section is shown', async () => {
    net.use(answerValidation({ seed: 'must be an integer' }));
    const { user } = renderForm();
    await fillValid(user);
    await user.click(screen.getByRole('checkbox', { name: 'Show advanced settings' }));
    await user.type(screen.getByRole('textbox', { name: 'Seed' }), 'abc');
    await user.click(submitButton());

    expect(summaryLines(await findSummary())).toEqual(['link: Seed must be an integer']);
    expect(screen.getByRole('textbox', { name: 'Seed' })).toHaveAccessibleDescription('Error: Seed must be an integer');
  });

  it('should send unknown fields, root, _form and prototype keys to the form level without polluting objects', async () => {
    net.use(
      answerError(
        400,
        '{"error":{"code":"validation_error","message":"bad","fields":{"__proto__":{"isAdmin":"yes"},"constructor":"c","root":"Check the whole request","_form":"Prompt and references disagree","notAField":"is unknown","prompt":"is required"}}}',
      ),
    );
    const { user } = renderForm();
    await fillValid(user);
    await user.click(submitButton());

    const lines = summaryLines(await findSummary());
    expect(lines).toContain('link: Prompt is required');
    expect(lines).toContain('text: Check the whole request');
    expect(lines).toContain('text: Not a field is unknown');
    expect(lines.join('\n')).toMatch(/text: .*Prompt and references disagree/);
    expect(lines.filter((line) => line.startsWith('link:'))).toHaveLength(1);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('should put content_policy on the prompt with the advice and keep the prompt', async () => {
    net.use(answerError(422, { code: 'content_policy', message: 'Prompt rejected' }));
    const { user } = renderForm();
    await fillValid(user);
    await user.click(submitButton());

    const advice = 'Your request was rejected by the content filter. Rephrase the prompt or use different reference images.';
    expect(summaryLines(await findSummary())).toEqual([`link: ${advice}`]);
    const prompt = screen.getByRole('textbox', { name: 'Prompt' });
    expect(prompt).toHaveAccessibleDescription(`Error: ${advice}`);
    expect(prompt).toHaveValue('A red fox in the snow');
  });

  it('should put content_policy on the reference images when configured so', async () => {
    net.use(answerError(422, { code: 'content_policy', message: 'Reference rejected' }));
    const { user } = renderForm({ options: { contentPolicyField: 'referenceImages' } });
    await fillValid(user);
    await user.click(submitButton());

    await findSummary();
    expect(screen.getByRole('group', { name: 'Reference images (optional)' })).toHaveAccessibleDescription(/use different reference images/);
    expect(screen.getByRole('textbox', { name: 'Prompt' })).not.toHaveAttribute('aria-invalid');
  });

  it('should show payment_required at the form level and turn the account state on', async () => {
    net.use(answerError(402, { code: 'payment_required', message: 'Insufficient xTokens' }));
    const { user, kit, view } = renderForm();
    await fillValid(user);
    await user.click(submitButton());

    expect(summaryLines(await findSummary())).toEqual([
      'text: Your xTokens balance is too low for this request. Top up your balance to continue.',
    ]);
    expect(kit.account.getState().paymentRequired).toBe(true);
    await expectNoAxeViolations(view.container);
  });

  it('should ignore fields sent with a non-validation code, and mark no field', async () => {
    net.use(answerError(402, { code: 'payment_required', message: 'no', fields: { prompt: 'is too expensive' } }));
    const { user } = renderForm();
    await fillValid(user);
    await user.click(submitButton());

    expect(summaryLines(await findSummary())).toEqual([
      'text: Your xTokens balance is too low for this request. Top up your balance to continue.',
    ]);
    expect(screen.getByRole('textbox', { name: 'Prompt' })).not.toHaveAttribute('aria-invalid');
  });

  it('should say a paid request that ended in internal_error may or may not have gone through, with where to check, support and its request ID (#21)', async () => {
    net.use(answerError(500, { code: 'internal_error', message: 'boom' }, { 'x-request-id': 'req_7f3a' }));
    const { user } = renderForm({}, { generationsHref: '/generations', supportUrl: '/support' });
    await fillValid(user);
    await user.click(submitButton());

    const summary = await findSummary();
    expect(summaryLines(summary)).toEqual([
      'text: Something went wrong on our side. Your request may or may not have gone through, and may have spent xTokens. Check your generations before you send it again.',
    ]);
    expect(summary).not.toHaveTextContent(/Try again/);
    expect(within(summary).getByRole('link', { name: 'Check your generations' })).toHaveAttribute('href', '/generations');
    expect(within(summary).getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', '/support');
    expect(within(summary).getByText('Request ID: req_7f3a')).toBeInTheDocument();
    expect(within(summary).getByRole('button', { name: 'Copy request ID' })).toBeInTheDocument();
    expect(net.count('POST /v1/generations')).toBe(1);
  });

  it('should say the same for a paid request the provider kept failing (provider_timeout past the wait)', async () => {
    net.use(answerError(500, { code: 'provider_timeout', message: 'slow' }, { 'retry-after': '600' }));
    const { user } = renderForm({}, { generationsHref: '/generations' });
    await fillValid(user);
    await user.click(submitButton());
    const summary = await findSummary();
    expect(summaryLines(summary)).toEqual([
      'text: The image provider is taking too long. Your request may or may not have gone through, and may have spent xTokens. Check your generations before you send it again.',
    ]);
    expect(within(summary).getByRole('link', { name: 'Check your generations' })).toHaveAttribute('href', '/generations');
  });

  it('should keep the request ID out of a 4xx (payment, content policy): the request is what to fix', async () => {
    net.use(answerError(402, { code: 'payment_required', message: 'no tokens' }, { 'x-request-id': 'req_4xx' }));
    const { user } = renderForm();
    await fillValid(user);
    await user.click(submitButton());
    const summary = await findSummary();
    expect(summary).not.toHaveTextContent('req_4xx');
    expect(within(summary).queryByRole('button', { name: 'Copy request ID' })).not.toBeInTheDocument();
  });

  it('should show account_blocked at the form level too', async () => {
    net.use(answerError(401, { code: 'account_blocked', message: 'blocked' }));
    const { user, kit } = renderForm();
    await fillValid(user);
    await user.click(submitButton());

    expect(summaryLines(await findSummary())[0]).toMatch(/^text: Your xMode account has been blocked\./);
    expect(kit.account.getState().blocked).toBe(true);
  });

  it('should give a validation_error without fields its message at the form level', async () => {
    net.use(answerError(400, { code: 'validation_error', message: 'Request body must be JSON' }));
    const { user } = renderForm();
    await fillValid(user);
    await user.click(submitButton());

    expect(summaryLines(await findSummary())).toEqual(['text: Request body must be JSON']);
  });

  it('should cap 500 fields and say how many more problems there are', async () => {
    const fields = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`extra${i}`, 'is not allowed']));
    net.use(answerValidation({ prompt: 'is required', ...fields }));
    const { user, view } = renderForm();
    await fillValid(user);
    await user.click(submitButton());

    const summary = await findSummary();
    const lines = summaryLines(summary);
    // The core keeps 100 entries (prompt + 99 unknown, at the form level) and counts 401;
    // the summary lists 20: the prompt's link first, then 19 form-level lines.
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe('link: Prompt is required');
    expect(lines[1]).toBe('text: Extra 0 is not allowed');
    // One string for this meaning, shared with ErrorState's list (plural by Intl.PluralRules).
    expect(lines.at(-1)).toBe('text: And 481 more problems.');
    await expectNoAxeViolations(view.container);
  });

  it('should render a 10 KB message with HTML as capped text', async () => {
    const hostile = `<img src=x onerror="window.hacked=1"><b>bold</b>${'long '.repeat(2_000)}`;
    net.use(answerValidation({ prompt: hostile }));
    const { user } = renderForm();
    await fillValid(user);
    await user.click(submitButton());

    const summary = await findSummary();
    const link = within(summary).getByRole('link');
    expect(link.textContent?.startsWith('<img src=x onerror="window.hacked=1"><b>bold</b>')).toBe(true);
    expect(link.textContent?.length).toBeLessThanOrEqual(300);
    expect(link.textContent?.endsWith('…')).toBe(true);
    expect(summary.querySelector('img, b')).toBeNull();
    const prompt = screen.getByRole('textbox', { name: 'Prompt' });
    // Same words in the summary and at the field.
    expect(prompt).toHaveAccessibleDescription(`Error: ${link.textContent ?? ''}`);
    expect(document.querySelector('form img, form b')).toBeNull();
  });
});
