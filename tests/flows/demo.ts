/**
 * The demo dashboard's parts the flows name again and again, and the steps several flows
 * share (fill the create form, expect it created). Data like the flows themselves.
 */
import { expectThat, fill, label, role, testId, type Step, type Target, type TextMatch } from './flow';

export const MAIN = role('main');
export const NAV = role('navigation', 'Main');
export const navLink = (name: TextMatch): Target => role('link', name, { within: NAV });
export const PROMPT = label('Prompt');
export const EMAIL = label("End-user's email");
export const IMAGE_COUNT = label('Number of images');
export const SUBMIT = testId('generate-submit');
/** The create form's error summary once it speaks (GOV.UK: "There is a problem"). */
export const PROBLEM_SUMMARY = role('alert', undefined, { hasText: 'There is a problem' });
export const ACCOUNT_NOTICES = role('region', 'Account notices');
export const GENERATION_LIST = testId('generation-list');
export const END_USER_NOTICE = testId('end-user-notice');
export const endUserRow = (email: string): Target => testId(`end-user-${email}`);
export const h1 = (name: TextMatch): Target => role('heading', name, { level: 1 });

export interface GenerationInput {
  prompt?: string;
  email?: string;
  count?: number;
}

/** Fills the create-generation form with valid values (overridable). */
export function fillGenerationForm(input: GenerationInput = {}): Step[] {
  return [
    fill(PROMPT, input.prompt ?? 'A lighthouse at dawn, oil painting'),
    fill(EMAIL, input.email ?? 'alice@example.com'),
    fill(IMAGE_COUNT, String(input.count ?? 1)),
  ];
}

/** The create form's success note, with a link to the new generation. */
export function expectGenerationCreated(timeout = 10_000): Step[] {
  return [
    expectThat(testId('generation-created'), { containsText: /Generation started/ }, { timeout }),
    expectThat(role('link', /View generation gen_/), { visible: true }),
  ];
}
