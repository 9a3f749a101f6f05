'use client';

import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { createXModeClient, type XModeClient } from '../../core';
import { connectRuntime } from '../../react/connectRuntime';
import { XModeContext, type XModeContextValue } from '../../react/context';
import { createXModeQueryClient } from '../../react/createXModeQueryClient';
import { isXModeQueryClient, resolveSettings, type XModeQueryClient, type XModeSettingsInput } from '../../react/runtime';
import { XModeToaster, type XModeToastTheme } from '../Toaster/XModeToaster';

/**
 * Where the provider's query client comes from: at most one of `client`, `api`, `baseUrl`.
 * Each is read once, when the provider mounts.
 */
export type XModeClientSource =
  | {
      /** A query client from `createXModeQueryClient()` (built with `{ api }` to share its cooldown). */
      client: XModeQueryClient;
      api?: never;
      baseUrl?: never;
    }
  | {
      /** An API client: the provider builds its query client from it. */
      api: XModeClient;
      client?: never;
      baseUrl?: never;
    }
  | {
      /**
       * The API's base URL: the provider builds its own API and query client. Serializable,
       * so a Next.js server layout can render the provider; pair it with a proxy route that
       * adds the key. Read the API client with `useXModeClient()`.
       */
      baseUrl: string;
      client?: never;
      api?: never;
    }
  | { client?: never; api?: never; baseUrl?: never };

/** The provider's settings props: the host settings, plus what only the provider does. */
export interface XModeErrorProviderSettings extends XModeSettingsInput {
  /**
   * The app router's navigation (`(href) => router.push(href)`): the module's links to the
   * dashboard's own routes (top up, API keys, billing, settings) then move client-side
   * instead of reloading the page. A plain click on a same-origin path only; new-tab
   * clicks, `mailto:` and other origins behave as links always do.
   */
  navigate?: (href: string) => void;
  /** Render sonner's `<Toaster />` here. `false` when the app renders its own. Default true. */
  toaster?: boolean;
  /**
   * The toasts' theme. Default `system`: the module's tokens as the page sets them
   * (`prefers-color-scheme`, or `data-theme` / `.xm-dark` on an ancestor); `light` or
   * `dark` forces one (pass the host's theme switch here).
   */
  theme?: XModeToastTheme;
}

/** Props of `<XModeErrorProvider>`: where its query client comes from, settings, children. */
export type XModeErrorProviderProps = XModeClientSource & XModeErrorProviderSettings & { children?: ReactNode };

/**
 * Provides the xMode query client, the settings and sonner's Toaster. Settings props
 * (`messages`, `locale`, `supportUrl`, `topUpHref`, `generationsHref`, `toasts`,
 * `checkBalance`, `costOf`) are laid over the query client's own as it renders: a prop
 * wins, a prop left `undefined` does not. Nothing of the runtime is changed by the provider; while mounted it connects the
 * runtime to `onlineManager` and, with `shareAcrossTabs`, to the other tabs. An app with
 * its own `QueryClientProvider` passes the same client here (nesting the same client is
 * harmless); an app with its own `<Toaster />` passes `toaster={false}`. Keep `messages`
 * stable (a module constant or memoized).
 *
 * @example
 * const api = createXModeClient({ baseUrl: '/api/xmode' });
 * <XModeErrorProvider api={api} supportUrl="mailto:support@xmode.example" topUpHref="/billing"><App /></XModeErrorProvider>
 */
export function XModeErrorProvider(props: XModeErrorProviderProps) {
  const { navigate, toaster = true, theme, children, messages, locale, supportUrl, topUpHref, generationsHref, toasts, shareAcrossTabs, checkBalance, costOf } = props;
  const [queryClient] = useState(() => resolveClient(props));
  const runtime = queryClient.xmode;
  const settings = useMemo(
    () => resolveSettings(runtime.settings, { messages, locale, supportUrl, topUpHref, generationsHref, toasts, shareAcrossTabs, checkBalance, costOf }),
    [runtime, messages, locale, supportUrl, topUpHref, generationsHref, toasts, shareAcrossTabs, checkBalance, costOf],
  );
  useEffect(() => connectRuntime(runtime, { shareAcrossTabs: settings.shareAcrossTabs }), [runtime, settings.shareAcrossTabs]);
  const value = useMemo<XModeContextValue>(() => ({ ...settings, runtime, navigate }), [runtime, settings, navigate]);
  return (
    <QueryClientProvider client={queryClient}>
      <XModeContext.Provider value={value}>
        {children}
        {toaster ? <XModeToaster theme={theme} /> : null}
      </XModeContext.Provider>
    </QueryClientProvider>
  );
}

function resolveClient({ client, api, baseUrl }: XModeErrorProviderProps): XModeQueryClient {
  const given = [client, api, baseUrl].filter((value) => value !== undefined).length;
  if (given > 1) {
    throw new Error('xmode-error-ui: give <XModeErrorProvider> one of `client`, `api` or `baseUrl`, not several.');
  }
  if (client !== undefined) {
    if (!isXModeQueryClient(client)) {
      throw new Error('xmode-error-ui: <XModeErrorProvider client> must be a client made by createXModeQueryClient().');
    }
    return client;
  }
  return createXModeQueryClient({ api: api ?? (baseUrl === undefined ? undefined : createXModeClient({ baseUrl })) });
}
