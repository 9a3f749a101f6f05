import type { CatalogCode } from '../../core';

/** What an error's copy may depend on: the situation it is shown in. */
export interface ErrorCopyValues {
  /** The request id, set only for server faults (5xx, unexpected responses) that came with one. */
  requestId?: string;
  /** False when the browser itself is offline; true when only the API is out of reach. */
  online: boolean;
  /** True when nothing will retry by itself (the last retry failed, or the wait is above the cap). */
  final: boolean;
  /** When a refused request may be sent again, already formatted for the reader ("14:05"). */
  retryAt?: string;
  /** The HTTP status of the answer, when there was one (`unexpected_response` shows it). */
  status?: number;
}

/** A string, or a function of the situation for copy that must change with it. */
export type ErrorCopyText = string | ((values: ErrorCopyValues) => string);

/** What happened and what to do, for each code: the words a dashboard user reads. */
export interface ErrorCopy {
  /** Short, plain heading; never the raw code, never the server's text. */
  readonly title: ErrorCopyText;
  /** What happened and how to fix it. */
  readonly description: ErrorCopyText;
}

/**
 * True for the status of an `unexpected_response` answered by something on the way, not by
 * xMode: a 4xx (the parser gives 401 and 429 their own codes) or a captive portal's 511 —
 * a firewall, VPN, proxy, Wi-Fi sign-in page, or a base URL that points elsewhere.
 */
function onTheWay(status = 0): boolean {
  return (status >= 400 && status < 500) || status === 511;
}

const SUPPORT_WITH_ID = 'Try again. If it keeps happening, contact support with the request ID.';
const SUPPORT_WITH_TIME = 'Try again. If it keeps happening, contact support and say when it happened.';

/** The English title and advice of every code: the default `messages.errors`. */
export const errorMessages: Record<CatalogCode, ErrorCopy> = {
  validation_error: {
    title: 'Some details need fixing',
    description: 'Check the highlighted fields, then try again.',
  },
  unauthorized: {
    title: 'Your API key is missing or has been revoked',
    description: 'Add a valid API key on the API keys page, then try again.',
  },
  account_blocked: {
    title: 'Your xMode account has been blocked',
    description:
      'Image generation and other API features are paused for this account. The rest of the dashboard still works. Contact support to resolve this.',
  },
  forbidden: {
    title: "Your API key isn't allowed to do this",
    description: 'Ask an account admin to give this key the permission, or use a key that has it (API keys page).',
  },
  not_found: {
    title: "We couldn't find this",
    description: 'It may have been deleted, or it belongs to another account. Check the link or ID.',
  },
  payment_required: {
    title: 'Your xTokens balance is too low for this request',
    description: 'Top up your balance to continue.',
  },
  conflict: {
    title: "This can't be done right now",
    description: 'Something is still in progress. Wait for it to finish, then try again.',
  },
  content_policy: {
    title: 'Your request was rejected by the content filter',
    description: 'Rephrase the prompt or use different reference images.',
  },
  rate_limited: {
    title: 'Too many requests',
    description: ({ final, retryAt }) => {
      if (!final) return 'Requests are paused for a moment and will be sent again by themselves.';
      return retryAt ? `You can send it again after ${retryAt}.` : 'Wait before you send it again.';
    },
  },
  provider_timeout: {
    title: 'The image provider is taking too long',
    description: ({ requestId }) => `This is usually temporary. ${requestId ? SUPPORT_WITH_ID : 'Try again in a moment.'}`,
  },
  provider_error: {
    title: 'The image provider had a problem',
    description: 'This is usually temporary. Try again in a moment.',
  },
  internal_error: {
    title: 'Something went wrong on our side',
    description: ({ requestId }) => (requestId ? SUPPORT_WITH_ID : SUPPORT_WITH_TIME),
  },
  network_error: {
    title: ({ online }) => (online ? "We can't reach the xMode API" : "You're offline"),
    description: ({ online }) =>
      online
        ? "Your connection works, but the xMode API isn't answering. Try again in a moment."
        : 'Check your connection. We will reconnect automatically.',
  },
  timeout: {
    title: 'The xMode API is taking too long to answer',
    description: 'The request ran out of time. This is usually temporary: try again in a moment.',
  },
  unexpected_response: {
    title: ({ status }) => (onTheWay(status) ? `Something between you and xMode answered (HTTP ${status})` : 'We got an unexpected response'),
    description: ({ status, requestId }) =>
      onTheWay(status)
        ? "The answer didn't come from xMode. Check your network connection, VPN or proxy (a Wi-Fi sign-in page counts) and the API address (base URL), then try again."
        : requestId
          ? SUPPORT_WITH_ID
          : SUPPORT_WITH_TIME,
  },
  storage_failed: {
    title: "This image couldn't be saved",
    description: 'The image was generated but could not be stored. Re-run the prompt to get it again.',
  },
};
