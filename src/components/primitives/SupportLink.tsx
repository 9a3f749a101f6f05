'use client';

import type { XModeMessages } from '../../react/messages';

/**
 * "Contact support": the one way every state, summary and toast offers support — a text
 * link (`.xm-link`), never a button, so it reads and looks the same everywhere. A plain
 * anchor (support is a `mailto:` or a help site, not a dashboard route). Renders nothing
 * without an `href` (the provider's `supportUrl` or the state's own prop; never a URL
 * from a response).
 */
export function SupportLink({ href, messages }: { href: string | undefined; messages: Pick<XModeMessages, 'ui'> }) {
  return href ? (
    <a className="xm-link" href={href}>
      {messages.ui.contactSupport}
    </a>
  ) : null;
}
