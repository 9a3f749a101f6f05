import { MAX_TIMEOUT_MS } from './parseRetryAfter';

/** Most bytes of an error body read; the rest is cancelled unread. */
export const MAX_BODY_BYTES = 2 ** 20;
/** Longest a body may take to arrive after its headers, in ms (error and success bodies). */
const DEFAULT_READ_TIMEOUT_MS = 30_000;

/** How a bounded read ended before the body did. */
export type BodyCut = 'limit' | 'timeout' | 'aborted' | 'failed';

/** A bounded read of a body. */
export interface BodyText {
  text: string;
  /** Why the body was not read to its end, when it was not. */
  cut?: BodyCut;
}

/** Bounds of a read: bytes, time, and the caller's signal. */
export interface ReadBodyOptions {
  limit?: number;
  /** Whole-body deadline from the start of the read; `Infinity` for none. */
  timeoutMs?: number;
  signal?: AbortSignal | null;
}

/** The read timeout a caller asked for: `Infinity` turns it off; nonsense (NaN, ≤ 0) gives the default. */
export function readTimeout(ms: number | undefined): number {
  if (ms === Infinity) return Infinity;
  return typeof ms === 'number' && ms > 0 ? Math.min(ms, MAX_TIMEOUT_MS) : DEFAULT_READ_TIMEOUT_MS;
}

/**
 * Reads at most `limit` bytes of a response body as UTF-8 within `timeoutMs`, and cancels
 * the rest, so a 50 MB proxy page costs no more than `limit` and a body that stalls after
 * its headers (or trickles a byte a minute) still settles. Never throws: a body that
 * errors, times out or is aborted mid-stream gives what was read, and says why in `cut`.
 */
export async function readBody(response: Response, options: ReadBodyOptions = {}): Promise<BodyText> {
  const { limit = MAX_BODY_BYTES, signal } = options;
  const timeoutMs = readTimeout(options.timeoutMs);
  if (signal?.aborted) return { text: '', cut: 'aborted' };
  const body = response.body;
  if (!body || response.bodyUsed) return { text: '' };
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let cut: BodyCut | undefined;
  // Cancelling the reader ends a pending read with `done`: a stalled body settles at once.
  const stop = (why: BodyCut) => {
    cut ??= why;
    reader.cancel().catch(() => undefined);
  };
  const timer = timeoutMs === Infinity ? undefined : setTimeout(() => stop('timeout'), timeoutMs);
  const onAbort = () => stop('aborted');
  signal?.addEventListener('abort', onAbort, { once: true });
  let text = '';
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || cut) break;
      const room = limit - bytes;
      if (value.byteLength > room) {
        text += decoder.decode(value.subarray(0, room), { stream: true });
        cut = 'limit';
        break;
      }
      bytes += value.byteLength;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    // A fetch aborted by its signal errors its body stream with the signal's reason.
    cut ??= signal?.aborted ? 'aborted' : 'failed';
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    reader.cancel().catch(() => undefined);
  }
  return { text: text + decoder.decode(), ...(cut && { cut }) };
}
