'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type FocusEvent } from 'react';
import { Toaster, toast } from 'sonner';
import { useXModeContext, type XModeContextValue } from '../../react/context';
import type { FinalError } from '../../react/finalErrors';
import { describeError, supportRequestId } from '../../react/messages/describeError';
import { formatMessage } from '../../react/messages/format';
import { RequestIdLine } from '../primitives/RequestIdLine';
import { SupportLink } from '../primitives/SupportLink';
import { useToastCopy, type ToastCopy } from './toastCopy';

/** The toasts' colour theme: the page's (`system`: its tokens and `prefers-color-scheme`), or forced. */
export type XModeToastTheme = 'light' | 'dark' | 'system';

/** Props of the internal `<XModeToaster>`. */
export interface XModeToasterProps {
  theme?: XModeToastTheme;
}

/**
 * sonner's `<Toaster>` with the toasts of the query client's final errors: one per cause
 * whose surface is `toast` (nothing on screen states it), updated in place as more
 * requests end with it ("3 requests failed"), gone when the cause is (or when closed);
 * made to behave like the page:
 * - themed from the module's tokens (`.xm-toaster` in styles.css), light or dark like the
 *   page, or forced by `theme`; a ≥ 3:1 focus ring on every part;
 * - no Tab trap: sonner sends focus back to where it came from whenever it leaves the
 *   toasts, so Tab loops page end → toast → page end for as long as a toast is up. Its
 *   focus events stop here; focus returns only when the toast that held it goes away;
 * - never over the primary navigation or the focused element (WCAG 2.4.11), at any width:
 *   toasts stay at the bottom, and the page scrolls the focused element clear of them
 *   when focus moves, toasts come and go, or the window resizes (a spacer as tall as the
 *   toasts ends the page, so even its last element can scroll clear).
 */
export function XModeToaster({ theme = 'system' }: XModeToasterProps) {
  const context = useXModeContext();
  const copy = useToastCopy();
  const { ui } = copy;
  useFinalErrorToasts(context, copy);
  const root = useRef<HTMLDivElement>(null);
  // Where focus came from when it entered the toasts, and whether it is still in them.
  const origin = useRef<HTMLElement | null>(null);
  const focusInside = useRef(false);
  // The spacer's height: the toasts' room at the end of the page, in px.
  const [room, setRoom] = useState(0);

  useEffect(() => {
    const element = root.current;
    if (!element) return undefined;
    const update = () => {
      // A toast removed while it had focus leaves focus on <body>: put it back where it was.
      if (focusInside.current && !element.contains(document.activeElement)) {
        focusInside.current = false;
        if (origin.current?.isConnected) origin.current.focus({ preventScroll: true });
      }
      // Where the toasts rest, from layout (offsets ignore the transform they slide in with).
      const tops = [...element.querySelectorAll<HTMLElement>('[data-sonner-toast]')].filter((toast) => toast.offsetHeight > 0).map((toast) => toast.offsetTop + (toast.offsetParent?.getBoundingClientRect().top ?? 0));
      const top = Math.min(...tops);
      setRoom(tops.length > 0 ? window.innerHeight - top + TOAST_CLEARANCE_PX : 0);
      // The focused element (outside the toasts) scrolls clear of them when they would cover it.
      const focused = document.activeElement;
      const overlap = focused instanceof HTMLElement && !element.contains(focused) ? focused.getBoundingClientRect().bottom + TOAST_CLEARANCE_PX - top : 0;
      if (overlap > 0) window.scrollBy({ top: overlap });
    };
    const observer = new MutationObserver(update);
    observer.observe(element, { childList: true, subtree: true });
    document.addEventListener('focusin', update);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', update);
      window.removeEventListener('resize', update);
    };
  }, []);

  const onFocusCapture = (event: FocusEvent<HTMLDivElement>) => {
    if (!focusInside.current) origin.current = event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null;
    focusInside.current = true;
    event.stopPropagation();
  };
  const onBlurCapture = (event: FocusEvent<HTMLDivElement>) => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) focusInside.current = false;
    event.stopPropagation();
  };

  const forced = theme === 'system' ? '' : ` xm-${theme}`;
  return (
    <div ref={root} className="xm-toaster-root" style={{ height: room }} onFocusCapture={onFocusCapture} onBlurCapture={onBlurCapture}>
      <Toaster
        theme={theme}
        position="bottom-right"
        closeButton
        richColors={false}
        className={`xm-toaster${forced}`}
        containerAriaLabel={ui.notifications}
        toastOptions={{ closeButtonAriaLabel: ui.closeNotification }}
      />
    </div>
  );
}

/** Space kept between the toasts and the focused element, in px (sonner's own offset is 24 px). */
const TOAST_CLEARANCE_PX = 32;

/** Shows, updates and dismisses one sonner toast per cause that the final errors give to `toast`. */
function useFinalErrorToasts(context: XModeContextValue, copy: ToastCopy): void {
  const { errors } = context.runtime;
  const list = useSyncExternalStore(errors.subscribe, errors.list, errors.list);
  const shown = useRef(new Map<string, FinalError>());
  useEffect(() => {
    const current = new Map(context.toasts ? list.filter((cause) => cause.surface === 'toast').map((cause) => [`xmode:${cause.error.code}`, cause]) : []);
    for (const [id, cause] of current) {
      if (shown.current.get(id) !== cause) showToast(id, cause, copy, context.supportUrl, () => errors.resolve(cause.error.code, 'toast'));
    }
    for (const id of shown.current.keys()) if (!current.has(id)) toast.dismiss(id);
    shown.current = current;
  }, [list, context, copy, errors]);
  useEffect(() => () => shown.current.forEach((_cause, id) => toast.dismiss(id)), []);
}

/**
 * A toast stays until closed (WCAG 2.2.1: its actions have no time limit). "Retry" shows
 * when the cause has a `retry`: the caches' `onError` gives one only where the catalog
 * says sending again is safe.
 */
function showToast(id: string, { error, count, retry }: FinalError, messages: ToastCopy, supportUrl: string | undefined, onClose: () => void): void {
  const copy = describeError(messages, error);
  const requestId = supportRequestId(error);
  toast.error(copy.title, {
    id,
    description: (
      <div className="xm-toast-details">
        <p>{copy.description}</p>
        {count > 1 ? <p>{formatMessage(messages.ui.requestsFailed, { count }, messages.format)}</p> : null}
        {requestId ? <RequestIdLine requestId={requestId} messages={messages} /> : null}
        {supportUrl ? (
          <p>
            <SupportLink href={supportUrl} messages={messages} />
          </p>
        ) : null}
      </div>
    ),
    action: retry && { label: messages.ui.retry, onClick: retry },
    duration: Number.POSITIVE_INFINITY,
    onDismiss: onClose,
  });
}
