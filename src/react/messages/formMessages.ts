import type { MessageFormat } from './messageFormat';

/**
 * Strings of the form helpers (error summary, field errors, submit states). `{name}`
 * placeholders are filled by `formatMessage`.
 */
export const formMessages = {
  /** Heading of the error summary (GOV.UK wording). */
  summaryTitle: 'There is a problem',
  /** A server message that is a fragment ("is required") with the field's label in front. */
  fieldMessage: '{label} {message}',
  /** A form-level error made from the code's copy. */
  codeMessage: '{title}. {description}',
  /** The advice for a paid request that ended in a server fault (in place of "try again"). */
  outcomeUnknown: 'Your request may or may not have gone through, and may have spent xTokens. Check your generations before you send it again.',
  /** `validation_error` that named no field and had no message of its own. */
  validationFallback: 'Some details need fixing. Check what you entered, then try again.',
  /** A field error with no usable text. */
  fieldFallback: 'Check this answer',
  /** Beside the submit button while the request is in flight. */
  submitPending: 'Sending…',
  /** Beside the submit button during the shared 429 cooldown. */
  submitCooldown: ({ seconds }: { seconds: number }, f: MessageFormat) => `You can send again in ${f.number(seconds)} s`,
  /** The same, for a wait too long to count (`{time}` like "14:05"). */
  submitCooldownUntil: 'You can send again after {time}',
  /** Beside the submit button while the API client holds the sent request through a 429 wait. */
  submitQueued: ({ seconds }: { seconds: number }, f: MessageFormat) => `Too many requests: sending in ${f.number(seconds)} s`,
  /** Said once (politely) when the API client starts holding the sent request. */
  submitQueuedStarted: 'Too many requests: your request is sent when the wait ends.',
};
