import type { MessageFormat } from './messageFormat';

/**
 * Strings of the guided conflict flow (block, wait, delete): `DELETE /v1/end-users/:email`
 * answered 409 `conflict` because the end-user still has queued or processing
 * generations. `{email}` and `{count}` are filled by `formatMessage`.
 */
export const conflictMessages = {
  title: "{email} can't be deleted yet",
  explanation:
    "They still have generations that are queued or processing. Block them so no new generations start, wait for the running ones to finish, then delete them. We can do this for you.",
  blockAndDelete: 'Block and delete when their generations finish',
  cancel: 'Cancel',
  /** Cancel once they are blocked: the button says what stays. */
  stopKeepBlocked: 'Stop ({email} stays blocked)',
  unblock: 'Unblock {email}',
  unblocking: 'Unblocking {email}…',
  unblocked: "{email} is unblocked and hasn't been deleted.",
  unblockFailed: "We couldn't unblock {email}. They are still blocked.",
  close: 'Close',
  blocking: 'Blocking {email}…',
  checking: 'Blocked. Checking for generations that are still running…',
  waiting: ({ count }: { count: number }, f: MessageFormat) =>
    f.plural(count, { one: 'Blocked. Waiting for # generation to finish…', other: 'Blocked. Waiting for # generations to finish…' }),
  checkFailedRetrying: "Blocked. We couldn't check their generations just now. Trying again automatically…",
  deleting: 'Deleting {email}…',
  deleted: '{email} has been deleted.',
  cancelledBlocked: "Stopped. {email} is still blocked and hasn't been deleted.",
  cancelledNotBlocked: "Stopped. {email} hasn't been blocked or deleted.",
  blockFailed: "We couldn't block {email}.",
  checkFailed: "We couldn't check {email}'s generations. They are still blocked.",
  deleteFailed: "We couldn't delete {email}. They are still blocked.",
};
