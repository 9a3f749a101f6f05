import type { MessageFormat } from './messageFormat';

/**
 * Strings of the error-state components (banners, screens, inline states). Per-code
 * titles and descriptions live in `errorMessages.ts`; generic words (Retry, Contact
 * support, the countdown) in `uiMessages.ts`. `{name}` placeholders are filled by
 * `formatMessage`.
 */
export const componentMessages = {
  // TopUpBanner
  topUp: 'Top up',
  /** Its title when this tab sent no request that got the 402 (another tab did). */
  balanceTooLow: 'Your xTokens balance is too low',
  balance: ({ balance }: { balance: number }, f: MessageFormat) => `Balance: ${f.number(balance)} xTokens`,
  dismissTopUpBanner: 'Dismiss the low balance message',
  // TopUpBanner after a top-up: the paid request that failed, sent again in one action.
  iveToppedUp: "I've topped up",
  checkAgain: 'Check again',
  checkingBalance: 'Checking your balance…',
  balanceNotYet: "We don't see your top-up yet. Credits can take a minute to appear: check again shortly.",
  /** The balance read after a top-up, short of the kept request's cost (`costOf`). */
  balanceShort: ({ balance, missing }: { balance: number; missing: number }, f: MessageFormat) =>
    `Your balance is ${f.number(balance)} xTokens. Add at least ${f.number(missing)} more to send this request.`,
  balanceBack: 'Your balance is topped up.',
  balanceBackResendFromForm: 'Your balance is topped up. Send your request again from its form.',
  resendPaidRequest: 'Generate again',
  resendingPaidRequest: 'Sending your request again…',
  resentPaidRequest: 'Your request was sent again.',
  resendFailed: "We couldn't confirm your request went through. Check your generations before you send it again.",
  dismissBalanceBack: 'Dismiss the balance message',

  // BlockedAccountScreen
  stillAvailable: 'These parts of the dashboard still work:',
  billingLink: 'Go to billing',
  settingsLink: 'Go to settings',

  // UnauthorizedState, ForbiddenState ("Check again" is `checkAgain`: one request with the key)
  apiKeysLink: 'Go to API keys',
  keyEnding: 'Key ending in {last4}',
  checkingKey: 'Checking your key…',
  keyStillRefused: "Your key still isn't accepted.",

  // ErrorSummary and ServerErrorState for a paid request that may or may not have gone through
  checkGenerations: 'Check your generations',

  // NotFoundState: `{id}` is what the host asked for.
  notFoundGeneration: "We couldn't find generation {id}",
  notFoundImage: "We couldn't find image {id}",
  notFoundEndUser: "We couldn't find end-user {id}",

  // Server text shown next to the module's own words (always plain text).
  serverDetail: 'Details from xMode: {message}',

  // ContentPolicyNotice
  editPrompt: 'Edit prompt',

  // RetryingStatus
  retryingProvider: 'The image provider is having trouble. Trying again…',

  // ServerErrorState: `{time}` is a <time> element.
  happenedAt: 'Happened at {time}',

  // ErrorState in place of content whose cause a page-wide banner states (payment, offline)
  seeBanner: "This couldn't load: see the notice at the top.",

  // ErrorState's validation list (outside a form; in a form, ErrorSummary does this)
  fixThese: 'Fix these, then try again:',
  fieldProblem: '{field}: {message}',
};
