'use client';

import { useMessages } from '../../react/useMessages';
import { useAccountState } from '../../react/useAccountState';
import { classNames } from '../primitives';

/**
 * `payment_required` and `network_error` in place of what failed, on a page: the cause
 * is the page-wide banner's to state (`TopUpBanner`, `OfflineBanner`: the catalog's
 * surface), with its one "Top up" or "Try again". Here one quiet line keeps the content's
 * place and points there: no second statement, no second action, no live region. A
 * 402's line goes when its banner does (the balance is back, or the banner dismissed).
 */
export function BannerNote({ code, className }: { code: 'payment_required' | 'network_error'; className?: string }) {
  const { components } = useMessages();
  // A 402's line goes with its banner (a top-up, in any tab; dismissed): it would point at nothing.
  const shown = useAccountState((account) => code === 'network_error' || (account.paymentRequired && !account.topUpDismissed));
  return shown ? <p className={classNames('xm-state__note', className)}>{components.seeBanner}</p> : null;
}
