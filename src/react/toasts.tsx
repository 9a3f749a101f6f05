'use client';

import { useState } from 'react';
import { toast } from 'sonner';
import { errorCatalog, type XModeError } from '../core';
import { describeError, formatMessage, supportRequestId, type XModeMessages } from './messages';
import type { XModeSettings } from './runtime';

/** Stable toast ids: one toast per cause, updated in place. */
export const TOAST_IDS = {
  rateLimited: 'rate-limited',
} as const;

/** A retry the toast may offer; absent when retrying is not safe. */
export type RetryAction = () => void;

/** The id that makes one cause one toast: `internal:<requestId>`, `provider_timeout`, … */
function toastIdFor(error: XModeError): string {
  if (error.code === 'internal_error' || error.code === 'unexpected_response') {
    return `${error.code === 'internal_error' ? 'internal' : 'unexpected'}:${error.requestId ?? error.status}`;
  }
  return error.code;
}

/**
 * Shows (or updates) the toast of a final error nothing on screen shows: title, advice,
 * request id, Retry. It stays until closed (WCAG 2.2.1: its actions have no time limit).
 */
export function showErrorToast(error: XModeError, config: XModeSettings, retry?: RetryAction): void {
  const { messages, supportUrl } = config;
  const copy = describeError(messages, error);
  const requestId = supportRequestId(error);
  const safe = errorCatalog[error.code].retry.kind !== 'never';
  toast.error(copy.title, {
    id: toastIdFor(error),
    description: <ToastDetails description={copy.description} requestId={requestId} supportUrl={supportUrl} messages={messages} />,
    action: safe && retry ? { label: messages.ui.retry, onClick: retry } : undefined,
    duration: Number.POSITIVE_INFINITY,
  });
}

interface ToastDetailsProps {
  description: string;
  requestId?: string;
  supportUrl?: string;
  messages: XModeMessages;
}

/** Advice, then the request id with a copy button and the support link when known. */
export function ToastDetails({ description, requestId, supportUrl, messages }: ToastDetailsProps) {
  return (
    <div className="xm-toast-details">
      <p>{description}</p>
      {requestId ? <RequestIdLine requestId={requestId} messages={messages} /> : null}
      {supportUrl ? (
        <p>
          <a className="xm-link" href={supportUrl}>
            {messages.ui.contactSupport}
          </a>
        </p>
      ) : null}
    </div>
  );
}

/**
 * "Request ID: req_…" with a copy button that says whether it copied. Where the
 * Clipboard API is missing or refused, it says so: the id stays on screen to copy by hand.
 */
export function RequestIdLine({ requestId, messages }: { requestId: string; messages: XModeMessages }) {
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  const copy = () => {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) {
      setResult('failed');
      return;
    }
    clipboard.writeText(requestId).then(
      () => setResult('copied'),
      () => setResult('failed'),
    );
  };
  return (
    <p className="xm-request-id">
      <code>{formatMessage(messages.ui.requestId, { requestId })}</code>{' '}
      <button type="button" className="xm-button xm-button--small" onClick={copy}>
        {messages.ui.copyRequestId}
      </button>
      <span role="status">
        {result === 'copied' ? messages.ui.requestIdCopied : result === 'failed' ? messages.ui.requestIdCopyFailed : ''}
      </span>
    </p>
  );
}
