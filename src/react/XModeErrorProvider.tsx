import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { bindRuntime } from './bindRuntime';
import { XModeContext, type XModeContextValue } from './context';
import { createXModeQueryClient } from './createXModeQueryClient';
import { mergeMessages, type XModeMessageOverrides } from './messages';
import { configureRuntime, getXModeRuntime, type XModeRuntimeConfig } from './runtime';
import { XModeToaster, type XModeToastTheme } from './XModeToaster';

/** Props of `<XModeErrorProvider>`. */
export interface XModeErrorProviderProps {
  /** A client from `createXModeQueryClient()`; one is created when omitted. */
  client?: QueryClient;
  /** Overrides of any user-facing string. Keep the object stable (module constant or memo). */
  messages?: XModeMessageOverrides;
  /**
   * The reader's locale (BCP 47, e.g. `de-CH`): numbers, plurals, times and dates of the
   * copy are formatted in it (`Intl`). Default: the runtime's. Translate the words with
   * `messages`.
   */
  locale?: string;
  /** Called once per final error, aborts excluded: for logging or analytics. */
  onError?: XModeRuntimeConfig['onError'];
  /** Contact-support URL or `mailto:` shown with server errors and the blocked screen. */
  supportUrl?: string;
  /** The dashboard's billing route, target of every "Top up" link. */
  topUpHref?: string;
  /**
   * The app router's navigation (`(href) => router.push(href)`): the module's links to the
   * dashboard's own routes (top up, API keys, billing, settings) then move client-side
   * instead of reloading the page. A plain click on a same-origin path only; new-tab
   * clicks, `mailto:` and other origins behave as links always do.
   */
  navigate?: (href: string) => void;
  /** Render sonner's `<Toaster />` here. `false` when the app renders its own. Default true. */
  toaster?: boolean;
  /** Show toasts at all. `false` when the app presents every error itself. Default true. */
  toasts?: boolean;
  /**
   * The toasts' theme. Default `system`: the module's tokens as the page sets them
   * (`prefers-color-scheme`, or `data-theme` / `.xm-dark` on an ancestor); `light` or
   * `dark` forces one (pass the host's theme switch here).
   */
  theme?: XModeToastTheme;
  children?: ReactNode;
}

/**
 * Provides the xMode query client, the account state, the copy and sonner's Toaster.
 * An app with its own `QueryClientProvider` passes the same client here (nesting the
 * same client is harmless); an app with its own `<Toaster />` passes `toaster={false}`.
 *
 * @example
 * const queryClient = createXModeQueryClient();
 * <XModeErrorProvider client={queryClient} supportUrl="/support" topUpHref="/billing"><App /></XModeErrorProvider>
 */
export function XModeErrorProvider(props: XModeErrorProviderProps) {
  const { client, messages, locale, onError, supportUrl, topUpHref, navigate, toaster = true, toasts = true, theme, children } = props;
  const [ownClient] = useState(() => (client ? undefined : createXModeQueryClient()));
  const queryClient = client ?? (ownClient as QueryClient);
  const runtime = getXModeRuntime(queryClient);
  if (!runtime) {
    throw new Error('xmode-error-ui: <XModeErrorProvider client> must be a client made by createXModeQueryClient().');
  }
  const merged = useMemo(() => mergeMessages(messages, locale), [messages, locale]);

  useLayoutEffect(() => {
    configureRuntime(runtime, { messages: merged, onError, supportUrl, topUpHref, toasts });
  }, [runtime, merged, onError, supportUrl, topUpHref, toasts]);
  useEffect(() => bindRuntime(runtime), [runtime]);

  const value = useMemo<XModeContextValue>(
    () => ({ runtime, messages: merged, supportUrl, topUpHref, navigate }),
    [runtime, merged, supportUrl, topUpHref, navigate],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <XModeContext.Provider value={value}>
        {children}
        {toaster ? <XModeToaster theme={theme} /> : null}
      </XModeContext.Provider>
    </QueryClientProvider>
  );
}
