'use client';

import { useEffect, useRef, type MouseEvent } from 'react';
import { useAccountActions, useAccountState, usePaymentRecovery } from '../../react';
import { type PaymentRecoveryControls } from '../../react/usePaymentRecovery';
import { useXModeContext } from '../../react/context';
import { useMessages } from '../../react/useMessages';
import { formatMessage, type XModeMessages } from '../../react/messages';
import { useErrorCopy } from '../../react/useErrorCopy';
import { useAnnounces } from '../../react/useAnnounces';
import { LiveRegion } from '../LiveRegion';
import { DashboardLink, classNames } from '../primitives';

/** Props of `<TopUpBanner>`. */
export interface TopUpBannerProps {
  /** The xTokens balance, when the host knows it. */
  balance?: number;
  /** The dashboard's billing route. Default: the provider's `topUpHref`. Never a URL from a response. */
  topUpHref?: string;
  /** Called when "Top up" is clicked: a client-side router may `preventDefault()` and navigate. */
  onTopUpClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
  /** Extra class on the component's root, for the host's layout. */
  className?: string;
}

/**
 * The one page-wide banner of `payment_required`, and of the way back from it.
 *
 * - While the balance is too low: "Your xTokens balance is too low for this request" (just
 *   "…is too low" when the 402 came from another tab: this one sent nothing), the
 *   balance when known, a "Top up" link, "I've topped up" (when the provider has a
 *   `checkBalance`: re-checks with backoff and says what it found) and a dismiss button.
 *   Announced once (`role="alert"`) when it appears, unless the form that sent the
 *   request says it in its error summary (`errorVoice`); the actions stay outside the alert.
 * - Once the balance is back (a top-up, a paid success, a check, another tab) and a paid
 *   request failed with 402: "Your balance is topped up" and "Generate again", which sends
 *   that request again in one action. Progress is said in one polite live region.
 * - Reads the account state, so ten failed requests still make one banner; dismissing
 *   hides it until `paymentRequired` clears (the next 402 shows it again).
 * - Without a `topUpHref` (prop or provider) it shows no link.
 *
 * @example
 * <TopUpBanner balance={balance.data?.xTokens} />
 */
export function TopUpBanner({ balance, topUpHref, onTopUpClick, className }: TopUpBannerProps) {
  const { topUpHref: providerHref } = useXModeContext();
  const messages = useMessages();
  const { dismissTopUp } = useAccountActions();
  const required = useAccountState((state) => state.paymentRequired);
  const dismissed = useAccountState((state) => state.topUpDismissed);
  const recovery = usePaymentRecovery();
  const visible = required && !dismissed;
  // `undefined`: a 402 another tab learned; this tab sent nothing, so not "too low for this request".
  const speaks = useAnnounces('payment_required', 'banner');
  const copy = useErrorCopy('payment_required');
  const resend = useRef<HTMLButtonElement>(null);
  const recovering = !required && recovery.kept !== undefined && ['ready', 'sending', 'failed'].includes(recovery.phase);
  const done = !required && recovery.phase === 'sent';
  // The check was started from this banner: when it finds the balance, move focus to the
  // one action that is left ("I've topped up" is gone).
  const checkedHere = useRef(false);
  useEffect(() => {
    if (recovering && checkedHere.current) resend.current?.focus();
    if (recovering) checkedHere.current = false;
  }, [recovering]);

  if (!visible && !recovering && !done) return null;
  const href = topUpHref ?? providerHref;
  const text = messages.components;
  return (
    <div className={classNames('xm-banner', recovering || done ? 'xm-banner--info' : 'xm-banner--warning', className)}>
      {visible ? (
        <div className="xm-banner__message">
          <LiveRegion role="alert" speak={speaks}>
            <p className="xm-banner__title">{speaks === undefined ? text.balanceTooLow : copy.title}</p>
          </LiveRegion>
          {/* A detail that may load later: outside the alert, so it is not said again. */}
          {balance !== undefined && Number.isFinite(balance) ? (
            <p>{formatMessage(text.balance, { balance }, messages.format)}</p>
          ) : null}
        </div>
      ) : null}
      <p role="status" className={classNames('xm-banner__status', visible ? undefined : 'xm-banner__title')}>
        {statusText(recovery, visible, text)}
      </p>
      <div className="xm-banner__actions">
        {visible && href ? (
          <DashboardLink className="xm-button" href={href} onClick={onTopUpClick}>
            {text.topUp}
          </DashboardLink>
        ) : null}
        {visible && !href ? <p>{copy.description}</p> : null}
        {visible && recovery.canCheck ? (
          <button
            type="button"
            className="xm-button xm-button--secondary"
            aria-disabled={recovery.phase === 'checking' || undefined}
            onClick={() => {
              if (recovery.phase === 'checking') return;
              checkedHere.current = true;
              void recovery.check();
            }}
          >
            {recovery.phase === 'not-yet' ? text.checkAgain : text.iveToppedUp}
          </button>
        ) : null}
        {recovering && recovery.canResend ? (
          <button
            ref={resend}
            type="button"
            className="xm-button"
            aria-disabled={recovery.phase === 'sending' || undefined}
            onClick={() => {
              if (recovery.phase !== 'sending') void recovery.resend();
            }}
          >
            {text.resendPaidRequest}
          </button>
        ) : null}
        <button
          type="button"
          className="xm-button xm-button--icon"
          onClick={visible ? dismissTopUp : recovery.discard}
        >
          <span aria-hidden="true">×</span>
          <span className="xm-visually-hidden">{visible ? text.dismissTopUpBanner : text.dismissBalanceBack}</span>
        </button>
      </div>
    </div>
  );
}

function statusText(recovery: PaymentRecoveryControls, required: boolean, text: XModeMessages['components']): string {
  if (required) {
    if (recovery.phase === 'checking') return text.checkingBalance;
    if (recovery.phase === 'not-yet') return text.balanceNotYet;
    return '';
  }
  switch (recovery.phase) {
    case 'ready':
      return recovery.canResend ? text.balanceBack : text.balanceBackResendFromForm;
    case 'sending':
      return text.resendingPaidRequest;
    case 'failed':
      return text.resendFailed;
    case 'sent':
      return text.resentPaidRequest;
    default:
      return '';
  }
}
