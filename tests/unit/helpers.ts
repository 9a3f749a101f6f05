/** A JSON Response like the xMode API sends. */
export function apiError(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** The documented error body. */
export function errorBody(code: string, message = `${code} happened`, fields?: unknown) {
  return { error: fields === undefined ? { code, message } : { code, message, fields } };
}
