import { expect, type Page } from '@playwright/test';

export interface GenerationInput {
  prompt?: string;
  email?: string;
  count?: number;
}

/** Fills the create-generation form with valid values (overridable). */
export async function fillGenerationForm(page: Page, input: GenerationInput = {}): Promise<void> {
  const form = page.getByTestId('generation-form');
  await form.getByLabel('Prompt', { exact: true }).fill(input.prompt ?? 'A lighthouse at dawn, oil painting');
  await form.getByLabel("End-user's email").fill(input.email ?? 'alice@example.com');
  await form.getByLabel('Number of images').fill(String(input.count ?? 1));
}

/** The create form's submit button. */
export function submitButton(page: Page) {
  return page.getByTestId('generate-submit');
}

/** Expects the success note of the create form, with a link to the new generation. */
export async function expectGenerationCreated(page: Page, timeout = 10_000): Promise<void> {
  await expect(page.getByTestId('generation-created')).toContainText('Generation started', { timeout });
  await expect(page.getByRole('link', { name: /View generation gen_/ })).toBeVisible();
}

/** The main navigation. */
export function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}
