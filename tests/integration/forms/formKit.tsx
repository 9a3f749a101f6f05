import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse, delay } from 'msw';
import { testUser } from '../testClock';
import { API, createKit, renderWithKit, type ProviderSettings } from '../xmodeTestKit';
import { GenerationFormFixture, type GenerationFormFixtureProps } from './GenerationFormFixture';

export const GENERATIONS = `${API}/v1/generations`;

/** `POST /v1/generations` answers with this xMode error body (raw JSON text allowed, for hostile keys). */
export function answerError(status: number, error: Record<string, unknown> | string, headers: Record<string, string> = {}) {
  const body = typeof error === 'string' ? error : JSON.stringify({ error });
  return http.post(GENERATIONS, () => new HttpResponse(body, { status, headers: { 'content-type': 'application/json', ...headers } }));
}

/** A 400 `validation_error` with these fields. */
export function answerValidation(fields: unknown, message = 'Some fields are not valid') {
  return answerError(400, { code: 'validation_error', message, fields });
}

/** A 201, after `wait` ms. */
export function answerCreated(wait = 0) {
  return http.post(GENERATIONS, async () => {
    if (wait) await delay(wait);
    return HttpResponse.json({ id: 'gen_1' }, { status: 201 });
  });
}

/** A 201 held until `release()`: the request stays in flight as long as the test needs. */
export function answerCreatedOnRelease() {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const handler = http.post(GENERATIONS, async () => {
    await gate;
    return HttpResponse.json({ id: 'gen_1' }, { status: 201 });
  });
  return { handler, release: () => release() };
}

export function renderForm(props: Omit<GenerationFormFixtureProps, 'api'> = {}, settings: ProviderSettings = {}) {
  const kit = createKit();
  const user = testUser();
  const view = renderWithKit(<GenerationFormFixture api={kit.api} {...props} />, kit, settings);
  return { kit, user, view };
}

/** What a user types for a request the client accepts. */
export async function fillValid(user: UserEvent) {
  await user.type(screen.getByRole('textbox', { name: 'Prompt' }), 'A red fox in the snow');
  await user.type(screen.getByRole('textbox', { name: 'End-user email' }), 'ana@example.com');
}

export const submitButton = () => screen.getByRole('button', { name: 'Generate images' });

/** The GOV.UK error summary (an alert named by its heading). */
export const findSummary = () => screen.findByRole('alert', { name: 'There is a problem' });
export const querySummary = () => screen.queryByRole('alert', { name: 'There is a problem' });

/** The summary's lines as a user reads them, links marked. */
export function summaryLines(summary: HTMLElement): string[] {
  return within(summary)
    .getAllByRole('listitem')
    .map((item) => (within(item).queryByRole('link') ? `link: ${item.textContent}` : `text: ${item.textContent}`));
}
