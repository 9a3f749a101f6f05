'use client';

import { useXModeContext } from '../../react/context';
import { useMessages } from '../../react/useMessages';
import { StatePanel, type StateLayoutProps } from '../StatePanel';
import { DashboardLink, SupportLink } from '../primitives';

/** Props of `<BlockedAccountScreen>`. */
export interface BlockedAccountScreenProps extends StateLayoutProps {
  /** The dashboard's billing route. Default: the provider's `topUpHref`. */
  billingHref?: string;
  /** The dashboard's settings route. */
  settingsHref?: string;
  /** Contact-support URL or `mailto:`. Default: the provider's `supportUrl`. */
  supportUrl?: string;
  /** Move focus to the heading when shown. Default true (it replaces content). */
  focusHeading?: boolean;
  /** Prefix the page title with "Error: " while shown. Default true. */
  prefixDocumentTitle?: boolean;
}

/**
 * `account_blocked`: what happened, that the dashboard itself still works (links to
 * billing and settings when given), and how to contact support. No retry: only support
 * can lift a block. Takes focus to its heading and prefixes the page title while shown;
 * the body is announced once (`role="alert"`). Links come from props or the provider's
 * configuration, never from a response.
 *
 * @example
 * <BlockedAccountScreen billingHref="/billing" settingsHref="/settings" />
 */
export function BlockedAccountScreen(props: BlockedAccountScreenProps) {
  const { billingHref, settingsHref, supportUrl, focusHeading = true, prefixDocumentTitle = true, ...layout } = props;
  const context = useXModeContext();
  const messages = useMessages();
  const { components } = messages;
  const support = supportUrl ?? context.supportUrl;
  const links = [
    { href: billingHref ?? context.topUpHref, label: components.billingLink },
    { href: settingsHref, label: components.settingsLink },
  ].filter((link): link is { href: string; label: string } => Boolean(link.href));

  return (
    <StatePanel
      {...layout}
      code="account_blocked"
      tone="danger"
      focusHeading={focusHeading}
      prefixDocumentTitle={prefixDocumentTitle}
      actions={<SupportLink href={support} messages={messages} />}
    >
      {links.length > 0 ? (
        <>
          <p>{components.stillAvailable}</p>
          <ul className="xm-blocked__links">
            {links.map((link) => (
              <li key={link.label}>
                <DashboardLink className="xm-link" href={link.href}>
                  {link.label}
                </DashboardLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </StatePanel>
  );
}
