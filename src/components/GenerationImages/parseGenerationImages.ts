import { isRecord } from '../../core/isRecord';
import { cleanText } from '../../core/text';
import type { MissingImageReason } from '../ImagePlaceholder/ImagePlaceholder';

/**
 * One entry of a succeeded generation's `images`: a stored image (`url`) or the
 * per-image marker of an image that is missing (`error`, e.g. `storage_failed`).
 */
export interface GenerationImage {
  id: string;
  url?: string;
  error?: { code: string; message?: string };
}

/** What one grid cell shows, after parsing. `key` is unique within the list. */
export type ImageSlot =
  | { readonly kind: 'image'; readonly key: string; readonly url: string }
  | {
      readonly kind: 'missing';
      readonly key: string;
      readonly reason: Exclude<MissingImageReason, 'load_failed'>;
      /** The server's text, cleaned and capped; never HTML. */
      readonly message?: string;
    };

/** Most images rendered from one generation; entries beyond it are left out. */
export const MAX_IMAGES = 100;

/** Longest server message kept for a placeholder, in characters. */
const MAX_IMAGE_MESSAGE_LENGTH = 160;

// Schemes an <img src> may use; `data:` only for images (never `data:text/html`).
const SAFE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'blob:', 'data:']);

/**
 * Turns whatever the API sent as `images` into grid cells. Never throws.
 * - `{ error: { code: 'storage_failed' } }` → a "couldn't be saved" placeholder;
 * - any other `error`, or an error that is not an object with a string code → a generic
 *   "isn't available" placeholder;
 * - an entry with both `url` and `error` → placeholder: the error marker is trusted
 *   over the URL (the API says the image was not persisted, so the URL may be stale);
 * - an entry with no usable `url` (missing, not a string, a scheme other than
 *   http(s)/blob/`data:image/…`) → generic placeholder;
 * - `images` that is not an array → no cells.
 */
export function parseGenerationImages(images: unknown): ImageSlot[] {
  if (!Array.isArray(images)) return [];
  return images.slice(0, MAX_IMAGES).map((entry: unknown, index): ImageSlot => {
    const record = isRecord(entry) ? entry : {};
    const key = `${index}:${typeof record.id === 'string' && record.id !== '' ? record.id : 'image'}`;
    if (record.error !== undefined && record.error !== null) {
      const error = isRecord(record.error) ? record.error : {};
      const reason = error.code === 'storage_failed' ? 'storage_failed' : 'unavailable';
      const message = cleanText(error.message, MAX_IMAGE_MESSAGE_LENGTH);
      return message === undefined ? { kind: 'missing', key, reason } : { kind: 'missing', key, reason, message };
    }
    // A URL an <img> may load: http(s), blob, or `data:image/…` (never `data:text/html`).
    const { url } = record;
    let safe = false;
    if (typeof url === 'string' && url.trim() !== '') {
      try {
        const { protocol } = new URL(url, 'https://relative.invalid/');
        safe = SAFE_PROTOCOLS.has(protocol) && (protocol !== 'data:' || /^data:image\//i.test(url.trim()));
      } catch {
        // Not a URL: a placeholder.
      }
    }
    return safe ? { kind: 'image', key, url: url as string } : { kind: 'missing', key, reason: 'unavailable' };
  });
}
