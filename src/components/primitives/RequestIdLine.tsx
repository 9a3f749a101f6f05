'use client';

import { useState } from 'react';
import type { XModeMessages } from '../../react/messages';
import { formatMessage } from '../../react/messages/format';

/**
 * "Request ID: req_…" with a copy button that says whether it copied. Where the
 * Clipboard API is missing or refused, it says so: the id stays on screen to copy by hand.
 */
export function RequestIdLine({ requestId, messages }: { requestId: string; messages: Pick<XModeMessages, 'ui'> }) {
  const [result, setResult] = useState<'requestIdCopied' | 'requestIdCopyFailed'>();
  const copy = () => {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) return setResult('requestIdCopyFailed');
    clipboard.writeText(requestId).then(
      () => setResult('requestIdCopied'),
      () => setResult('requestIdCopyFailed'),
    );
  };
  return (
    <p className="xm-request-id">
      <code>{formatMessage(messages.ui.requestId, { requestId })}</code>{' '}
      <button type="button" className="xm-button xm-button--small" onClick={copy}>
        {messages.ui.copyRequestId}
      </button>
      <span role="status">{result ? messages.ui[result] : ''}</span>
    </p>
  );
}
