import type { MouseEvent } from 'react';
import { formatMessage, useAccountState, useErrorCopy, useMountVoice, useVoiceOf, useXModeContext } from '../../react';
import { LiveRegion } from '../LiveRegion';
import { DashboardLink, classNames } from '../StatePanel';
import { dismissTopUpBanner, useTopUpDismissed } from './topUpDismissal';

/** Props of `<TopUpBanner>`. */
export interface TopUpBannerProps {
  /** The xTokens balance, when the host knows it. */
  balance?: number;
  /** The dashboard's billing route. Default: the provider's `topUpHref`. Never a URL from a response. */
  topUpHref?: string;
  /** Called when "Top up" is clicked: a client-side router may `preventDefault()` and navigate. */
  onTopUpClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
  className?: string;
}

/**
 * The one page-wide banner of `payment_required`: "Your xTokens balance is too low for
 * this request", the balance when known, a "Top up" link and a dismiss button.
 *
 * - Reads the account state, so ten failed requests still make one banner.
 * - Announced once (`role="alert"`) when it appears, unless the form that sent the
 *   request says it in its error summary (`errorVoice`); the actions stay outside the alert.
 * - Dismissing hides it for the session until `paymentRequired` clears (a successful
 *   paid request or `clearPaymentRequired()` after a top-up); the next
 *   `payment_required` shows it again.
 * - Without a `topUpHref` (prop or provider) it shows no link.
 *
 * @example
 * <TopUpBanner balance={balance.data?.xTokens} />
 */
export function TopUpBanner({ balance, topUpHref, onTopUpClick, className }: TopUpBannerProps) {
  const { runtime, messages, topUpHref: providerHref } = useXModeContext();
  const paymentRequired = useAccountState((state) => state.paymentRequired);
  const dismissed = useTopUpDismissed(runtime.store);
  const visible = paymentRequired && !dismissed;
  const voice = useVoiceOf('payment_required');
  useMountVoice('banner', 'payment_required', visible);
  const copy = useErrorCopy('payment_required');
  if (!visible) return null;

  const href = topUpHref ?? providerHref;
  return (
    <div className={classNames('xm-banner', 'xm-banner--warning', className)}>
      <div className="xm-banner__message">
        <LiveRegion role="alert" speak={voice === undefined || voice === 'banner'}>
          <p className="xm-banner__title">{copy.title}</p>
        </LiveRegion>
        {/* A detail that may load later: outside the alert, so it is not said again. */}
        {balance !== undefined && Number.isFinite(balance) ? (
          <p>{formatMessage(messages.components.balance, { balance }, messages.format)}</p>
        ) : null}
      </div>
      <div className="xm-banner__actions">
        {href ? (
          <DashboardLink className="xm-button" href={href} onClick={onTopUpClick}>
            {messages.components.topUp}
          </DashboardLink>
        ) : (
          <p>{copy.description}</p>
        )}
        <button type="button" className="xm-banner__dismiss" onClick={() => dismissTopUpBanner(runtime.store)}>
          <span aria-hidden="true">×</span>
          <span className="xm-visually-hidden">{messages.components.dismissTopUpBanner}</span>
        </button>
      </div>
    </div>
  );
}
