'use client';

import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useXModeContext } from '../../react/context';

/** Props of the internal `<DashboardLink>`: an anchor with a required `href`. */
export interface DashboardLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string;
}

/**
 * A link of the module (top up, API keys, billing, support). With the provider's
 * `navigate`, a plain click on a same-origin path moves client-side; everything else
 * (new tab, modifier keys, `mailto:`, another origin) stays an ordinary link.
 */
export function DashboardLink({ href, onClick, ...rest }: DashboardLinkProps) {
  const { navigate } = useXModeContext();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    // A plain left click (no new tab, no modifier) on a path of this app: `/billing`, not `//cdn…`, `mailto:…` or `https://…`.
    const plain = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey && !event.currentTarget.target;
    if (!navigate || event.defaultPrevented || !plain || !href.startsWith('/') || href.startsWith('//')) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handleClick} {...rest} />;
}
