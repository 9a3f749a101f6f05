import { storageFailedImage } from '../testing/xmodeError';
import type { GenerationImage } from './types';

// The marker and its message are xmode-error-ui/testing's, the factory host apps use.
export { STORAGE_FAILED_MESSAGE } from '../testing/xmodeError';

/** Side of the generated placeholder images, in px. */
const IMAGE_SIZE_PX = 512;

/**
 * The images of a succeeded generation: inline SVG `data:` URLs (no network, no
 * storage), except `failIndex`, which gets the per-image `storage_failed` marker.
 */
export function buildImages(generationId: string, count: number, failIndex: number): GenerationImage[] {
  return Array.from({ length: count }, (_, index) => {
    const id = `img_${generationId.replace(/^gen_/, '')}_${index + 1}`;
    if (index === failIndex) {
      return storageFailedImage(id);
    }
    return { id, url: svgDataUrl(`${generationId}:${index}`, `${index + 1} / ${count}`) };
  });
}

/** A gradient square whose colours derive from `seed`, labelled with `label` (digits only). */
function svgDataUrl(seed: string, label: string): string {
  const hue = hash(seed) % 360;
  const size = IMAGE_SIZE_PX;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    '<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">' +
    `<stop offset="0" stop-color="hsl(${hue},70%,62%)"/>` +
    `<stop offset="1" stop-color="hsl(${(hue + 60) % 360},65%,32%)"/>` +
    '</linearGradient></defs>' +
    `<rect width="${size}" height="${size}" fill="url(#g)"/>` +
    `<circle cx="${size * 0.7}" cy="${size * 0.3}" r="${size * 0.12}" fill="rgba(255,255,255,0.55)"/>` +
    `<text x="50%" y="88%" text-anchor="middle" font-family="sans-serif" font-size="32" fill="#fff">${label.replace(/[^0-9 /]/g, '')}</text>` +
    '</svg>';
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** FNV-1a, 32 bit: a stable colour per image. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value = Math.imul(value ^ text.charCodeAt(index), 0x01000193);
  }
  return value >>> 0;
}
