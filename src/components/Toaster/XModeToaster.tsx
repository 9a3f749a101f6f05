'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type FocusEvent, type RefObject } from 'react';
import { Toaster, toast } from 'sonner';
import { errorCatalog } from '../../core';
import { useXModeContext, type XModeContextValue } from '../../react/context';
import type { FinalError } from '../../react/finalErrors';
import { describeError, supportRequestId } from '../../react/messages/describeError';
import { formatMessage } from '../../react/messages/format';
import { RequestIdLine } from '../primitives/RequestIdLine';
import { useToastCopy, type ToastCopy } from './toastCopy';

/** The toasts' colour theme: the page's (`system`: its tokens and `prefers-color-scheme`), or forced. */
export type XModeToastTheme = 'light' | 'dark' | 'system';

type ToastPosition = 'bottom-right' | 'top-right';

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
 * - never over the focused element (WCAG 2.4.11): toasts go to the side of the viewport
 *   with more room around it, and the page scrolls it clear when even that is too small.
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
  const position = usePositionAwayFromFocus(root);

  useEffect(() => {
    const element = root.current;
    if (!element || typeof MutationObserver === 'undefined') return undefined;
    // A toast removed while it had focus leaves focus on <body>: put it back where it was.
    const observer = new MutationObserver(() => {
      if (!focusInside.current || element.contains(document.activeElement)) return;
      focusInside.current = false;
      if (origin.current?.isConnected) origin.current.focus({ preventScroll: true });
    });
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
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

  const forced = theme === 'dark' ? ' xm-dark' : theme === 'light' ? ' xm-light' : '';
  return (
    <div ref={root} className="xm-toaster-root" onFocusCapture={onFocusCapture} onBlurCapture={onBlurCapture}>
      <Toaster
        theme={theme}
        position={position}
        closeButton
        richColors={false}
        className={`xm-toaster${forced}`}
        containerAriaLabel={ui.notifications}
        toastOptions={{ closeButtonAriaLabel: ui.closeNotification }}
      />
    </div>
  );
}

/** Space kept between a toast and the focused element, in px (sonner's own offset is 24 px). */
const TOAST_CLEARANCE_PX = 32;

/**
 * Where the toasts go so that they never hide the focused element (outside the toasts):
 * on the side of the viewport with more room around it; if even that side is too small
 * for the toasts on screen, the page scrolls the focused element clear of them.
 * Re-checked when focus moves, when toasts come and go, and on resize.
 */
function usePositionAwayFromFocus(root: RefObject<HTMLDivElement | null>): ToastPosition {
  const [position, setPosition] = useState<ToastPosition>('bottom-right');
  useEffect(() => {
    const element = root.current;
    if (!element || typeof document === 'undefined') return undefined;
    const place = () => {
      const focused = document.activeElement;
      if (!(focused instanceof HTMLElement) || focused === document.body || element.contains(focused)) return;
      const rect = focused.getBoundingClientRect();
      const above = rect.top;
      const below = window.innerHeight - rect.bottom;
      const next: ToastPosition = below >= above ? 'bottom-right' : 'top-right';
      setPosition(next);
      const needed = toastsHeight(element) + TOAST_CLEARANCE_PX;
      if (needed <= TOAST_CLEARANCE_PX) return;
      const room = next === 'bottom-right' ? below : above;
      if (room < needed) window.scrollBy({ top: next === 'bottom-right' ? needed - room : room - needed });
    };
    place();
    const observer = typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(place);
    observer?.observe(element, { childList: true, subtree: true });
    document.addEventListener('focusin', place);
    window.addEventListener('resize', place);
    return () => {
      observer?.disconnect();
      document.removeEventListener('focusin', place);
      window.removeEventListener('resize', place);
    };
  }, [root]);
  return position;
}

/** Height of the toasts on screen (their union), in px; 0 when there are none. */
function toastsHeight(element: HTMLElement): number {
  const rects = [...element.querySelectorAll('[data-sonner-toast]')].map((toast) => toast.getBoundingClientRect()).filter((rect) => rect.height > 0);
  if (rects.length === 0) return 0;
  return Math.max(...rects.map((rect) => rect.bottom)) - Math.min(...rects.map((rect) => rect.top));
}

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

/** A toast stays until closed (WCAG 2.2.1: its actions have no time limit). */
function showToast(id: string, { error, count, retry }: FinalError, messages: ToastCopy, supportUrl: string | undefined, onClose: () => void): void {
  const copy = describeError(messages, error);
  const requestId = supportRequestId(error);
  const safe = errorCatalog[error.code].retry.kind !== 'never';
  toast.error(copy.title, {
    id,
    description: (
      <div className="xm-toast-details">
        <p>{copy.description}</p>
        {count > 1 ? <p>{formatMessage(messages.ui.requestsFailed, { count }, messages.format)}</p> : null}
        {requestId ? <RequestIdLine requestId={requestId} messages={messages} /> : null}
        {supportUrl ? (
          <p>
            <a className="xm-link" href={supportUrl}>
              {messages.ui.contactSupport}
            </a>
          </p>
        ) : null}
      </div>
    ),
    action: safe && retry ? { label: messages.ui.retry, onClick: retry } : undefined,
    duration: Number.POSITIVE_INFINITY,
    onDismiss: onClose,
  });
}
