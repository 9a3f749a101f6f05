'use client';

import { cleanText } from '../../core/text';
import { useMessages } from '../../react';
import { formatMessage } from '../../react/messages';
import { classNames } from '../primitives';

/** Longest server message shown, in characters. */
const MAX_DETAIL_LENGTH = 160;

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
  /** The server's text about this image; shown as plain text, cleaned and capped. */
  message?: string;
  /** Shows "Re-run prompt" (named "Re-run prompt for image {index}"). The host pre-fills its prompt form. */
  onRerun?: () => void;
  /** Extra class on the component's root, for the host's layout. */
  className?: string;
}

type ImageTextKey = 'storageFailed' | 'unavailable' | 'loadFailed';
type ImageLabelKey = 'storageFailedLabel' | 'unavailableLabel' | 'loadFailedLabel';

const TEXT: Record<MissingImageReason, { text: ImageTextKey; label: ImageLabelKey }> = {
  storage_failed: { text: 'storageFailed', label: 'storageFailedLabel' },
  unavailable: { text: 'unavailable', label: 'unavailableLabel' },
  load_failed: { text: 'loadFailed', label: 'loadFailedLabel' },
};

/**
 * Stands in for an image that isn't there, at the size of its grid cell (it fills its
 * container: give the container the image's aspect ratio). The visual part is
 * `role="img"` named "Image 3 of 4 couldn't be saved", so it is listed with the other
 * images; the server's detail and the "Re-run prompt" button sit outside it, reachable
 * by keyboard. No toast: the generation succeeded, only this image is missing.
 *
 * @example
 * <ImagePlaceholder index={3} total={4} reason="storage_failed" onRerun={() => prefill(prompt)} />
 */
export function ImagePlaceholder({ index, total, reason, message, onRerun, className }: ImagePlaceholderProps) {
  const text = useMessages().images;
  const values = { index, total };
  const detail = cleanText(message, MAX_DETAIL_LENGTH);
  return (
    <div className={classNames('xm-image-placeholder', `xm-image-placeholder--${reason}`, className)}>
      <div role="img" aria-label={formatMessage(text[TEXT[reason].label], values)} className="xm-image-placeholder__visual">
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
        <span className="xm-image-placeholder__text">{text[TEXT[reason].text]}</span>
      </div>
      {detail ? <p className="xm-image-placeholder__detail">{detail}</p> : null}
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
