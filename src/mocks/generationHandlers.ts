import { http, type HttpHandler } from 'msw';
import { addEndUser, mockDb } from './db';
import { xmodeError, xmodeJson } from './errors';
import { createGeneration, generationCost, listGenerations, readGeneration, violatesContentPolicy } from './generations';
import { INVALID_JSON, readJson, validateGeneration, validationMessage } from './validation';

/**
 * `/v1/balance` and `/v1/generations`. Auth and forced scenarios were checked before
 * (see `guardHandlers.ts`). `POST` checks, in order: JSON, validation (400), blocked
 * end-user (403), balance (402), content filter (422); then charges and answers 201.
 */
export const generationHandlers: HttpHandler[] = [
  http.get('*/v1/balance', () => xmodeJson({ xTokens: mockDb.xTokens })),

  http.get('*/v1/generations', ({ request }) => {
    const endUserEmail = new URL(request.url).searchParams.get('endUserEmail') ?? undefined;
    return xmodeJson({ data: listGenerations({ endUserEmail }) });
  }),

  http.post('*/v1/generations', async ({ request }): Promise<Response> => {
    const body = await readJson(request);
    if (body === INVALID_JSON) return xmodeError('validation_error', { message: 'The request body must be valid JSON.' });
    const checked = validateGeneration(body);
    if (!checked.ok) {
      return xmodeError('validation_error', { message: validationMessage(checked.fields), fields: checked.fields });
    }
    const input = checked.value;
    const user = mockDb.endUsers.get(input.endUserEmail);
    if (user?.blocked) {
      return xmodeError('forbidden', { message: `End-user ${input.endUserEmail} is blocked and cannot start new generations.` });
    }
    const cost = generationCost(input.imageCount);
    if (cost > mockDb.xTokens) {
      return xmodeError('payment_required', {
        message: `This request costs ${cost} xTokens but your balance is ${mockDb.xTokens}. Top up your balance in the dashboard.`,
      });
    }
    const rejected = violatesContentPolicy(input);
    if (rejected) return xmodeError('content_policy', { fields: { [rejected]: 'was rejected by our content filter' } });
    if (!user) addEndUser(input.endUserEmail);
    return xmodeJson(createGeneration(input), 201);
  }),

  http.get<{ id: string }>('*/v1/generations/:id', ({ params }) => {
    const generation = readGeneration(params.id);
    return generation
      ? xmodeJson(generation)
      : xmodeError('not_found', { message: `Generation ${params.id} does not exist or does not belong to you.` });
  }),
];
