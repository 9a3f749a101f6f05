/**
 * The error parser a team writes without the module (the usual `api-client.ts`): read the
 * whole body as JSON, take `error.code` / `error.message` / `error.fields` as they come.
 * No size limit, no cleaning, no validation.
 */
export class NaiveApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly fields: Record<string, unknown>,
    readonly retryAfterMs?: number,
    readonly requestId?: string,
  ) {
    super(message);
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string; fields?: Record<string, unknown> };
}

export async function naiveErrorFromResponse(response: Response): Promise<NaiveApiError> {
  let body: ErrorBody | undefined;
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    body = undefined;
  }
  const retryAfter = response.headers.get('retry-after');
  return new NaiveApiError(
    body?.error?.message ?? (response.statusText || `HTTP ${response.status}`),
    response.status,
    body?.error?.code ?? 'unknown',
    body?.error?.fields ?? {},
    retryAfter ? Number(retryAfter) * 1000 : undefined,
    response.headers.get('x-request-id') ?? undefined,
  );
}
