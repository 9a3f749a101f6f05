/** Most bytes of an error body read; the rest is cancelled unread. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A bounded read of a body. */
export interface BodyText {
  text: string;
  /** True when the body was longer than the limit and was cut. */
  truncated: boolean;
}

/**
 * Reads at most `limit` bytes of a response body as UTF-8 and cancels the rest, so a
 * 50 MB proxy page costs no more than `limit`. Never throws: a body that errors
 * mid-stream gives what was read.
 */
export async function readBody(response: Response, limit = MAX_BODY_BYTES): Promise<BodyText> {
  const body = response.body;
  if (!body || response.bodyUsed) return { text: '', truncated: false };
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  let truncated = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = limit - bytes;
      if (value.byteLength > room) {
        text += decoder.decode(value.subarray(0, room), { stream: true });
        truncated = true;
        break;
      }
      bytes += value.byteLength;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    truncated = true;
  } finally {
    reader.cancel().catch(() => undefined);
  }
  return { text: text + decoder.decode(), truncated };
}
