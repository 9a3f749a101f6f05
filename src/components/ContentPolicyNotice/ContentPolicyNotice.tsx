'use client';

import { useMessages } from '../../react';
import { StatePanel, type StateLayoutProps } from '../StatePanel';

/** Props of `<ContentPolicyNotice>`. */
export interface ContentPolicyNoticeProps extends StateLayoutProps {
  /** The `content_policy` error, when there is one: its server message is shown as text. */
  error?: unknown;
  /** Opens the prompt for editing, pre-filled (WCAG 3.3.7): shown as an "Edit prompt" button. */
  onEditPrompt?: () => void;
  /** Name of the edit button when several notices share a page ("Edit prompt for image 3"). Default "Edit prompt". */
  editPromptLabel?: string;
}

/**
 * `content_policy` outside a form (a re-run from history, a queued generation): the
 * content filter rejected the prompt or references, what to change, and an optional
 * "Edit prompt" action. Inside a form the field message does this job instead.
 * Announced once (`role="alert"`).
 *
 * @example
 * <ContentPolicyNotice error={rerun.error} onEditPrompt={() => openEditor(item.prompt)} />
 */
export function ContentPolicyNotice({ error, onEditPrompt, editPromptLabel, ...layout }: ContentPolicyNoticeProps) {
  const { components } = useMessages();
  return (
    <StatePanel
      {...layout}
      code="content_policy"
      tone="warning"
      error={error}
      actions={
        onEditPrompt ? (
          <button type="button" className="xm-button" onClick={onEditPrompt}>
            {editPromptLabel ?? components.editPrompt}
          </button>
        ) : null
      }
    />
  );
}
