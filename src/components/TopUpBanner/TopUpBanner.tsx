'use client';

import { useEffect, useRef, type MouseEvent } from 'react';
import { useAccountActions, useAccountState, usePaymentRecovery } from '../../react';
import { type PaymentRecoveryControls } from '../../react/usePaymentRecovery';
import { useXModeContext } from '../../react/context';
import { useMessages } from '../../react/useMessages';
import { formatMessage, type MessageFormat, type XModeMessages } from '../../react/messages';
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
 *   request says it in its error summary (its surface, `meta.xmode.shownIn`); the actions stay outside the alert.
 * - Once the balance came back (a top-up, a paid success, another tab) and a paid request
 *   is kept: with `checkBalance`, it reads the balance first. It says "Your balance is
 *   topped up" and offers "Generate again" only when the balance covers the kept request
 *   (`costOf`); otherwise how much is still missing, with "Top up" and "Check again".
 *   "Generate again" sends it once; focus then moves to the message that says so. A send
 *   of an equal request anywhere (its form, another tab) uses it up: the banner goes.
 *   Progress is said in one polite live region.
 * - Reads the account state, so ten failed requests still make one banner; dismissing
 *   hides it until `paymentRequired` clears (the next 402 shows it again).
 * - Without a `topUpHref` (prop or provider) it shows no link.
 *
 * @example
 * <TopUpBanner balance={balance.data?.xTokens} />
 */
export function TopUpBanner({ balance, topUpHref, onTopUpClick, className }: TopUpBannerProps) {
  const { topUpHref: providerHref, generationsHref } = useXModeContext();
  const messages = useMessages();
  const { dismissTopUp } = useAccountActions();
  const required = useAccountState((state) => state.paymentRequired);
  const dismissed = useAccountState((state) => state.topUpDismissed);
  const recovery = usePaymentRecovery();
  const { phase, kept, canCheck } = recovery;
  const visible = required && !dismissed;
  // `undefined`: a 402 another tab learned; this tab sent nothing, so not "too low for this request".
  const speaks = useAnnounces('payment_required', 'banner');
  const copy = useErrorCopy('payment_required');
  const resend = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  // The way back: the balance came back with a request kept, or its one send is reported.
  const sending = phase === 'sending';
  const after = !required && (kept !== undefined || sending || phase === 'sent' || phase === 'failed');
  const short = phase === 'not-yet';
  const ready = phase === 'ready' || phase === 'sending' || (phase === 'idle' && !canCheck);
  // Whether the balance covers the kept request is read, not assumed, once it came back.
  const unchecked = !required && kept !== undefined && phase === 'idle' && canCheck;
  useEffect(() => {
    if (unchecked) void recovery.check();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per kept request the balance came back for
  }, [unchecked, kept?.id]);
  // Focus follows the action the user took here: the check found the balance → the one
  // action left; the request went → the message that says so (the button is gone).
  const actedHere = useRef(false);
  useEffect(() => {
    if (!actedHere.current) return;
    if (phase === 'ready') resend.current?.focus();
    if (phase === 'sent') status.current?.focus();
    if (phase !== 'checking' && phase !== 'sending') actedHere.current = false;
  }, [phase]);

  if (!visible && !after) return null;
  const href = topUpHref ?? providerHref;
  const text = messages.components;
  const act = (action: () => Promise<void>) => () => {
    if (phase === 'checking' || sending) return;
    actedHere.current = true;
    void action();
  };
  return (
    <div className={classNames('xm-banner', after && !short ? 'xm-banner--info' : 'xm-banner--warning', className)}>
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
      <p ref={status} tabIndex={-1} role="status" className={classNames('xm-banner__status', visible ? undefined : 'xm-banner__title')}>
        {statusText(recovery, required, ready, text, messages.format)}
      </p>
      <div className="xm-banner__actions">
        {(visible || (after && short)) && href ? (
          <DashboardLink className="xm-button" href={href} onClick={onTopUpClick}>
            {text.topUp}
          </DashboardLink>
        ) : null}
        {visible && !href ? <p>{copy.description}</p> : null}
        {(visible || (after && short)) && canCheck ? (
          <button type="button" className="xm-button xm-button--secondary" aria-disabled={phase === 'checking' || undefined} onClick={act(() => recovery.check(true))}>
            {short ? text.checkAgain : text.iveToppedUp}
          </button>
        ) : null}
        {/* A paid send that failed may still have gone through: where to check first. */}
        {phase === 'failed' && generationsHref ? (
          <DashboardLink className="xm-button" href={generationsHref}>
            {text.checkGenerations}
          </DashboardLink>
        ) : null}
        {/* Kept while its one send is out (it is used up as it goes): focus stays on it. */}
        {after && ((ready && kept && recovery.canResend) || sending) ? (
          <button ref={resend} type="button" className="xm-button" aria-disabled={sending || undefined} onClick={act(recovery.resend)}>
            {text.resendPaidRequest}
          </button>
        ) : null}
        <button type="button" className="xm-button xm-button--icon" onClick={visible ? dismissTopUp : recovery.discard}>
          <span aria-hidden="true">×</span>
          <span className="xm-visually-hidden">{visible ? text.dismissTopUpBanner : text.dismissBalanceBack}</span>
        </button>
      </div>
    </div>
  );
}

function statusText(recovery: PaymentRecoveryControls, required: boolean, ready: boolean, text: XModeMessages['components'], format: MessageFormat): string {
  const { phase, balance, cost, canResend } = recovery;
  if (phase === 'checking') return text.checkingBalance;
  if (phase === 'not-yet') {
    // What is still missing, when both numbers are known; else that the top-up isn't seen yet.
    return balance !== undefined && cost !== undefined && cost > balance ? formatMessage(text.balanceShort, { balance, missing: cost - balance }, format) : text.balanceNotYet;
  }
  if (required) return '';
  if (phase === 'sending') return text.resendingPaidRequest;
  if (phase === 'sent') return text.resentPaidRequest;
  if (phase === 'failed') return text.resendFailed;
  return ready ? (canResend ? text.balanceBack : text.balanceBackResendFromForm) : '';
}
