import type { CatalogCode } from '../../core';

/** What happened and what to do, for each code: the words a dashboard user reads. */
export interface ErrorCopy {
  /** Short, plain heading; never the raw code. */
  readonly title: string;
  /** What happened and how to fix it. */
  readonly description: string;
}

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
    title: "You don't have access to this",
    description: 'Your API key does not have permission for this. Ask an account admin for access.',
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
    description: 'Requests are paused for a moment and will resume by themselves.',
  },
  provider_timeout: {
    title: 'The image provider is taking too long',
    description: 'This is usually temporary. Try again in a moment.',
  },
  provider_error: {
    title: 'The image provider had a problem',
    description: 'This is usually temporary. Try again in a moment.',
  },
  internal_error: {
    title: 'Something went wrong on our side',
    description: 'Try again. If it keeps happening, contact support with the request ID.',
  },
  network_error: {
    title: "You're offline",
    description: 'Check your connection. We will reconnect automatically.',
  },
  timeout: {
    title: 'The xMode API is taking too long to answer',
    description: 'The request ran out of time. This is usually temporary: try again in a moment.',
  },
  unexpected_response: {
    title: 'We got an unexpected response',
    description: 'Try again. If it keeps happening, contact support with the request ID.',
  },
  storage_failed: {
    title: "This image couldn't be saved",
    description: 'The image was generated but could not be stored. Re-run the prompt to get it again.',
  },
};
