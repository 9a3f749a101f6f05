'use client';

import { useMessages } from '../../react';
import { formatMessage } from '../../react/messages';
import { classNames } from '../primitives';

/** Why a cell shows a placeholder instead of its image. */
export type MissingImageReason = 'storage_failed' | 'unavailable' | 'load_failed';

/** Props of `<ImagePlaceholder>`. */
export interface ImagePlaceholderProps {
  /** 1-based position of the image in its generation. */
  index: number;
  /** Number of images in the generation. */
  total: number;
  /** `storage_failed`: couldn't be saved; `load_failed`: the URL didn't load; `unavailable`: anything else. */
  reason: MissingImageReason;
  /** Shows "Re-run prompt" (named "Re-run prompt for image {index}"). The host pre-fills its prompt form. */
  onRerun?: () => void;
  /** Extra class on the component's root, for the host's layout. */
  className?: string;
}

/** The copy of each reason: `images[key]` is its text, `images[key + 'Label']` its name. */
const TEXT = { storage_failed: 'storageFailed', unavailable: 'unavailable', load_failed: 'loadFailed' } as const;

/**
 * Stands in for an image that isn't there, at the size of its grid cell (it fills its
 * container: give the container the image's aspect ratio). The visual part is
 * `role="img"` named "Image 3 of 4 couldn't be saved", so it is listed with the other
 * images; the "Re-run prompt" button sits outside it, reachable by keyboard. The
 * server's words about the image are for logs, not shown. No toast: the generation succeeded, only this image is missing.
 *
 * @example
 * <ImagePlaceholder index={3} total={4} reason="storage_failed" onRerun={() => prefill(prompt)} />
 */
export function ImagePlaceholder({ index, total, reason, onRerun, className }: ImagePlaceholderProps) {
  const text = useMessages().images;
  const key = TEXT[reason];
  return (
    <div className={classNames('xm-image-placeholder', `xm-image-placeholder--${reason}`, className)}>
      <div role="img" aria-label={formatMessage(text[`${key}Label`], { index, total })} className="xm-image-placeholder__visual">
        <svg className="xm-image-placeholder__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <path
            d="M4 5h16v14H4zM4 15l4-4 3 3 3-3 6 6M3 3l18 18"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span className="xm-image-placeholder__text">{text[key]}</span>
      </div>
      {onRerun ? (
        <button
          type="button"
          className="xm-button"
          aria-label={formatMessage(text.rerunPromptForImage, { index })}
          onClick={onRerun}
        >
          {text.rerunPrompt}
        </button>
      ) : null}
    </div>
  );
}
