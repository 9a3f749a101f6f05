'use client';

import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import { useAccountState, useMessages } from '../../react';
import { useErrorCopy } from '../../react/useErrorCopy';
import { useAnnounces } from '../../react/useAnnounces';
import { classNames, useFocusHandoff } from '../primitives';

/** Props of `<OfflineBanner>`. */
export interface OfflineBannerProps {
  /** Extra class on the component's root, for the host's layout. */
  className?: string;
}

/**
 * The page-wide note while offline (React Query's `onlineManager`, or a request that got
 * no response): "You're offline" when the browser is, "We can't reach the xMode API"
 * when only the API is out of reach; what happens next, and "Try again", which refetches
 * the failed or paused queries and resumes paused mutations. It disappears when a
 * request succeeds or the browser reconnects. A polite live region (`role="status"`)
 * present from the start announces going offline and, once, "Back online" — unless the
 * form whose request failed says it in its error summary (the catalog's surface). Mount
 * it once in the layout: outside a form it is the one surface that says the cause aloud.
 *
 * @example
 * <OfflineBanner />
 */
export function OfflineBanner({ className }: OfflineBannerProps) {
  const { ui } = useMessages();
  // "You're offline" only when the browser is; else the API is what cannot be reached.
  const browserOnline = useSyncExternalStore(onlineManager.subscribe, () => onlineManager.isOnline(), () => true);
  const copy = useErrorCopy('network_error', { online: browserOnline });
  const queryClient = useQueryClient();
  const offline = useAccountState((state) => state.offline);
  const speak = useAnnounces('network_error', 'banner') !== false;
  // Whether this banner saw the connection drop: only then is "Back online" news.
  const [wasOffline, setWasOffline] = useState(offline);
  if (offline && !wasOffline) setWasOffline(true);

  const tryAgain = () => {
    void queryClient.resumePausedMutations();
    void queryClient.refetchQueries({
      type: 'active',
      predicate: (query) => query.state.status === 'error' || query.state.fetchStatus === 'paused',
    });
  };

  return (
    <div className={classNames('xm-offline', offline && 'xm-banner xm-banner--info', className)}>
      <div className="xm-banner__message">
        <div role="status">
          {offline && speak ? <OfflineText {...copy} /> : null}
          {!offline && wasOffline ? <p className="xm-visually-hidden">{ui.backOnline}</p> : null}
        </div>
        {offline && !speak ? <OfflineText {...copy} /> : null}
      </div>
      {offline ? <TryAgain onClick={tryAgain} label={ui.tryAgain} /> : null}
    </div>
  );
}

/** The banner's action; when its retry brings the API back, focus moves to the heading of the content below. */
function TryAgain({ onClick, label }: { onClick: () => void; label: string }) {
  const ref = useFocusHandoff<HTMLDivElement>('after');
  return (
    <div ref={ref} className="xm-banner__actions">
      <button type="button" className="xm-button" onClick={onClick}>
        {label}
      </button>
    </div>
  );
}

function OfflineText({ title, description }: { title: string; description: string }) {
  return (
    // One element, so moving it into the live region is one announcement.
    <div>
      <p className="xm-banner__title">{title}</p>
      <p>{description}</p>
    </div>
  );
}
