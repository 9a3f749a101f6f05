import { HttpResponse, http, type HttpHandler } from 'msw';
import { activeGenerationCount, addEndUser, mockDb, toEndUser } from './db';
import { nextRequestId, xmodeError, xmodeJson } from './errors';
import { isRecord } from '../core/isRecord';
import { INVALID_JSON, isEmail, readJson } from './validation';

const unknownUser = (email: string) =>
  xmodeError('not_found', { message: `End-user ${email} does not exist or does not belong to you.` });

/**
 * `/v1/end-users`: list, register (400 with `fields.email` when invalid or already
 * registered), block (idempotent) and delete (409 `conflict` while the end-user has
 * queued or processing generations). Emails are matched case-insensitively.
 */
export const endUserHandlers: HttpHandler[] = [
  http.get('*/v1/end-users', () => xmodeJson({ data: [...mockDb.endUsers.values()].map(toEndUser) })),

  http.post('*/v1/end-users', async ({ request }): Promise<Response> => {
    const body = await readJson(request);
    if (body === INVALID_JSON) return xmodeError('validation_error', { message: 'The request body must be valid JSON.' });
    const email = isRecord(body) ? body.email : undefined;
    const problem =
      email === undefined || email === ''
        ? 'is required'
        : !isEmail(email)
          ? 'must be a valid email address'
          : mockDb.endUsers.has(email.toLowerCase())
            ? 'is already registered'
            : undefined;
    if (problem) return xmodeError('validation_error', { message: `email ${problem}`, fields: { email: problem } });
    return xmodeJson(addEndUser(String(email)), 201);
  }),

  http.post<{ email: string }>('*/v1/end-users/:email/block', ({ params }) => {
    const user = mockDb.endUsers.get(params.email.toLowerCase());
    if (!user) return unknownUser(params.email);
    user.blocked = true;
    return xmodeJson({ email: user.email, blocked: true });
  }),

  // Not in the error reference: the dashboard's way to undo a block (the conflict flow's Unblock).
  http.post<{ email: string }>('*/v1/end-users/:email/unblock', ({ params }) => {
    const user = mockDb.endUsers.get(params.email.toLowerCase());
    if (!user) return unknownUser(params.email);
    user.blocked = false;
    return xmodeJson({ email: user.email, blocked: false });
  }),
  http.delete<{ email: string }>('*/v1/end-users/:email', ({ params }) => {
    const email = params.email.toLowerCase();
    if (!mockDb.endUsers.has(email)) return unknownUser(params.email);
    const active = activeGenerationCount(email);
    if (active > 0) {
      return xmodeError('conflict', {
        message: `End-user ${email} has ${active} queued or processing ${active === 1 ? 'generation' : 'generations'}. Block the end-user, wait for them to finish, then retry.`,
      });
    }
    mockDb.endUsers.delete(email);
    return new HttpResponse(null, { status: 204, headers: { 'x-request-id': nextRequestId() } });
  }),
];
