import { http, type HttpHandler } from 'msw';
import { listApiKeys, mockDb, recordBilling } from './db';
import { xmodeError, xmodeJson } from './errors';
import { INVALID_JSON, readJson, validateTopUp, validationMessage } from './validation';

/**
 * `/dashboard/*`: the signed-in dashboard's own endpoints. No API key needed and still
 * answered when the account is blocked (the reference: "existing dashboard access
 * continues"), so a blocked or out-of-xTokens user can see billing and top up.
 */
export const dashboardHandlers: HttpHandler[] = [
  http.get('*/dashboard/billing', () => xmodeJson({ xTokens: mockDb.xTokens, history: mockDb.billing.map((entry) => ({ ...entry })) })),

  http.post('*/dashboard/billing/top-up', async ({ request }): Promise<Response> => {
    const body = await readJson(request);
    if (body === INVALID_JSON) return xmodeError('validation_error', { message: 'The request body must be valid JSON.' });
    const checked = validateTopUp(body);
    if (!checked.ok) return xmodeError('validation_error', { message: validationMessage(checked.fields), fields: checked.fields });
    return xmodeJson({ xTokens: recordBilling('top_up', checked.value, 'Top-up') });
  }),

  http.get('*/dashboard/keys', () => xmodeJson({ data: listApiKeys() })),
];
