'use client';

import { useState, type CSSProperties } from 'react';
import { cleanText } from '../../core/text';
import { useMessages } from '../../react';
import { formatMessage } from '../../react/messages';
import { LiveRegion } from '../LiveRegion';
import { ImagePlaceholder } from '../ImagePlaceholder/ImagePlaceholder';
import { classNames } from '../primitives';
import { parseGenerationImages, type GenerationImage } from './parseGenerationImages';

/** Longest part of the prompt used in an image's alt text, in characters. */
const MAX_ALT_PROMPT_LENGTH = 150;
/** Longest unknown status shown as is, in characters. */
const MAX_STATUS_LENGTH = 40;

/** Props of `<GenerationImages>`. */
export interface GenerationImagesProps {
  /** The generation's prompt: the images' alt text, and what "Re-run prompt" hands back. */
  prompt: string;
  /** The generation's status, shown while no image is missing (a partly saved generation is still `succeeded`). */
  status?: string;
  /** The generation's `images`, as the API sent them; parsed defensively (see `parseGenerationImages`). */
  images: readonly GenerationImage[];
  /**
   * "Re-run prompt" on each placeholder calls this with the prompt and how many images
   * are missing, for the host to pre-fill its form with just those (and their cost).
   */
  onRerun?: (prompt: string, missing: { count: number }) => void;
  /** CSS `aspect-ratio` of every cell, images and placeholders alike. Default `1 / 1`. */
  aspectRatio?: string;
  /** Extra class on the component's root, for the host's layout. */
  className?: string;
}

/**
 * The images of a succeeded generation, where some may be missing: stored images render
 * with an alt text from the prompt; a `storage_failed` marker, an unknown marker or an
 * image whose URL fails to load becomes an `ImagePlaceholder` of the same size, with
 * "Re-run prompt". A summary line (`role="status"`) counts what is missing, in plain
 * words, and stands in for the status line then ("Succeeded" would contradict it); the
 * server's words about a missing image are for logs (`parseGenerationImages` keeps
 * them), not the page. No toast.
 *
 * Pass the generation's fields (`<GenerationImages {...generation} onRerun={prefill} />`).
 * Key it by generation id if the same instance shows another generation: images that
 * failed to load are remembered per URL.
 *
 * @example
 * <GenerationImages prompt={g.prompt} status={g.status} images={g.images} onRerun={(prompt) => form.setValue('prompt', prompt)} />
 */
export function GenerationImages({ prompt, status, images, onRerun, aspectRatio, className }: GenerationImagesProps) {
  const messages = useMessages();
  const text = messages.images;
  // Cells whose image failed to load, as `key|url` (a new URL for the same cell is tried again).
  const [broken, setBroken] = useState<ReadonlySet<string>>(() => new Set());
  const slots = parseGenerationImages(images).map((slot) =>
    slot.kind === 'image' && broken.has(`${slot.key}|${slot.url}`)
      ? { kind: 'missing' as const, key: slot.key, reason: 'load_failed' as const }
      : slot,
  );
  const total = slots.length;
  const missing = slots.flatMap((slot) => (slot.kind === 'missing' ? [slot.reason] : []));
  const promptText = cleanText(prompt, MAX_ALT_PROMPT_LENGTH);
  const rerun = onRerun ? () => onRerun(prompt, { count: missing.length }) : undefined;
  // "1 of 4 images couldn't be saved"; "… aren't available" once any is missing for another reason.
  const saveFailed = missing.every((reason) => reason === 'storage_failed');
  const missingText =
    missing.length === 0
      ? ''
      : total === 1
        ? saveFailed
          ? text.summarySingleSaveFailed
          : text.summarySingleUnavailable
        : formatMessage(saveFailed ? text.summarySaveFailed : text.summaryUnavailable, { failed: missing.length, total }, messages.format);
  const style = aspectRatio ? ({ '--xm-image-aspect-ratio': aspectRatio } as CSSProperties) : undefined;

  return (
    <div className={classNames('xm-generation-images', className)}>
      {/* "Succeeded" above "1 of 4 images couldn't be saved" would contradict it: the summary is the outcome then. */}
      {status && !missingText ? <p className="xm-generation-images__status">{formatMessage(text.status, {
            // The API's statuses in words; another one as it is (cleaned, capped).
            status:
              status === 'succeeded'
                ? text.statusSucceeded
                : status === 'queued'
                  ? text.statusQueued
                  : status === 'processing'
                    ? text.statusProcessing
                    : (cleanText(status, MAX_STATUS_LENGTH) ?? ''),
          })}</p> : null}
      {/* Present before its text: a grid that arrives with a missing image says so once, and so does a later load failure. */}
      <LiveRegion role="status">{missingText ? <p className="xm-generation-images__summary">{missingText}</p> : null}</LiveRegion>
      {total === 0 ? (
        <p className="xm-generation-images__empty">{text.empty}</p>
      ) : (
        <ul className="xm-generation-images__grid" aria-label={text.gridLabel} style={style}>
          {slots.map((slot, position) => {
            const index = position + 1;
            return (
              <li key={slot.key} className="xm-generation-images__cell">
                {slot.kind === 'image' ? (
                  <img
                    className="xm-generation-images__image"
                    src={slot.url}
                    alt={
                      promptText
                        ? formatMessage(text.imageAlt, { index, total, prompt: promptText })
                        : formatMessage(text.imageAltNoPrompt, { index, total })
                    }
                    loading="lazy"
                    decoding="async"
                    onError={() => setBroken((previous) => new Set(previous).add(`${slot.key}|${slot.url}`))}
                  />
                ) : (
                  <ImagePlaceholder
                    index={index}
                    total={total}
                    reason={slot.reason}
                    onRerun={rerun}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
