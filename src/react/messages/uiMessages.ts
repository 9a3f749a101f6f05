import type { MessageFormat } from './messageFormat';

/**
 * Strings of the module's own UI, beyond the per-code copy. `{name}` placeholders are
 * filled by `formatMessage`; counts and numbers are functions, for the locale's plurals.
 */
export const uiMessages = {
  retry: 'Retry',
  tryAgain: 'Try again',
  dismiss: 'Dismiss',
  contactSupport: 'Contact support',
  copyRequestId: 'Copy request ID',
  requestIdCopied: 'Request ID copied',
  requestIdCopyFailed: "Couldn't copy: select the request ID and copy it by hand",
  requestId: 'Request ID: {requestId}',
  errorPrefix: 'Error:',
  cooldownCountdown: ({ seconds }: { seconds: number }, f: MessageFormat) => `Trying again in ${f.number(seconds)} s`,
  cooldownLater: 'Try again after {time}',
  cooldownEnded: 'You can send requests again.',
  retrying: 'Retrying…',
  backOnline: 'Back online',
  /** The last line of a capped list of problems (form summary, validation note). */
  moreProblems: ({ count }: { count: number }, f: MessageFormat) => f.plural(count, { one: 'And # more problem.', other: 'And # more problems.' }),
  /** A toast for one cause that ended several requests. */
  requestsFailed: ({ count }: { count: number }, f: MessageFormat) => f.plural(count, { one: '# request failed.', other: '# requests failed.' }),
  notifications: 'Notifications',
  closeNotification: 'Close notification',
};

/** The keys of `messages.ui`. */
export type UiMessages = typeof uiMessages;
