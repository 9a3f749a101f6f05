/**
 * Strings of the module's own UI, beyond the per-code copy. `{name}` placeholders are
 * filled by `formatMessage`.
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
  cooldownCountdown: 'Trying again in {seconds} s',
  cooldownLater: 'Try again after {time}',
  cooldownStarted: 'Too many requests. Requests will resume automatically.',
  cooldownEnded: 'You can send requests again.',
  retrying: 'Retrying ({attempt}/{max})…',
  backOnline: 'Back online',
  notifications: 'Notifications',
  closeNotification: 'Close notification',
};

/** The keys of `messages.ui`. */
export type UiMessages = typeof uiMessages;
