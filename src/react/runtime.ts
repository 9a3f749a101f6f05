import type { QueryClient } from '@tanstack/react-query';
import type { Circuit, Cooldown, XModeClient, XModeError } from '../core';
import type { AccountStore } from './accountStore';
import type { BalanceCheck, PaymentRecovery } from './paymentRecovery';
import { mergeMessages, type XModeMessageOverrides, type XModeMessages } from './messages';
import type { VoiceRegistry } from './voices';

/** Where a routed error came from, passed to the host's `onError`. */
export interface XModeErrorInfo {
  source: 'query' | 'mutation';
  /** The query key or mutation key, when there is one. */
  key?: readonly unknown[];
  /** Whether the module showed a toast for it. */
  toasted: boolean;
}

/**
 * The host's settings, given to `createXModeQueryClient` and/or `<XModeErrorProvider>`.
 * Every key is optional; each place sets only what it names (see `XModeRuntime.settings`).
 */
export interface XModeSettingsInput {
  /** Overrides of any user-facing string. */
  messages?: XModeMessageOverrides;
  /**
   * The reader's locale (BCP 47, e.g. `de-CH`): numbers, plurals, times and dates of the
   * copy are formatted in it (`Intl`). Default: the runtime's. Translate the words with
   * `messages`.
   */
  locale?: string;
  /** Called once per final error (after retries), aborts excluded. For logging or analytics. */
  onError?: (error: XModeError, info: XModeErrorInfo) => void;
  /** Contact-support link (a URL or `mailto:`); from configuration, never from a response. */
  supportUrl?: string;
  /** The dashboard's billing route, target of every "Top up" link. */
  topUpHref?: string;
  /** Show toasts at all. `false` when the app presents every error itself. Default true. */
  toasts?: boolean;
  /**
   * Share what errors taught (the 429 window, blocked / unauthorized / payment required)
   * with the other tabs of this origin using the same base URL and key. Default true;
   * read when the provider mounts. Off on servers and where `BroadcastChannel` is missing.
   */
  shareAcrossTabs?: boolean;
  /**
   * "I've topped up": re-checks the balance (e.g. refetches a balance query) and resolves
   * true when it covers the kept request. Without it the banner offers no re-check.
   */
  checkBalance?: BalanceCheck;
}

/** The settings in effect: defaults, then the query client's, then the provider's. */
export interface XModeSettings {
  /** The copy, formatting in `locale`. */
  messages: XModeMessages;
  locale?: string;
  onError?: XModeSettingsInput['onError'];
  supportUrl?: string;
  topUpHref?: string;
  toasts: boolean;
  shareAcrossTabs: boolean;
  checkBalance?: BalanceCheck;
}

/**
 * The per-query-client state of the module: the account store, the API client's cooldown
 * and circuit, and the host's settings. Made by `createXModeQueryClient`, reachable as
 * `queryClient.xmode`; nothing of it lives at module scope.
 */
export interface XModeRuntime {
  readonly store: AccountStore;
  /** The API client the query client was built from, when it was given one. */
  readonly api?: XModeClient;
  /** The 429 window: the API client's, or the query client's own when it has no API client. */
  readonly cooldown: Cooldown;
  /** The outage breaker; a user's Retry calls `circuit.probeNow()` so it is not held back. */
  readonly circuit: Circuit;
  /** Who shows which error and which surface speaks for it (one announcement per cause). */
  readonly voices: VoiceRegistry;
  /** The paid request kept after a 402, and its way back (`usePaymentRecovery`). */
  readonly recovery: PaymentRecovery;
  /**
   * The settings in effect now; with `overrides`, as they would be with those laid on top
   * (nothing is stored: the provider renders with this before its effect configures).
   */
  settings(overrides?: XModeSettingsInput): XModeSettings;
  /**
   * Lays `overrides` over the query client's own settings (keys set to `undefined` are
   * ignored) until the returned function removes them. `<XModeErrorProvider>` does this
   * with its props.
   */
  configure(overrides: XModeSettingsInput): () => void;
}

/** A `QueryClient` made by `createXModeQueryClient`: it carries its runtime. */
export type XModeQueryClient = QueryClient & { readonly xmode: XModeRuntime };

/** True for a query client made by `createXModeQueryClient` (also from another copy of the module). */
export function isXModeQueryClient(client: unknown): client is XModeQueryClient {
  if (typeof client !== 'object' || client === null || !('xmode' in client)) return false;
  const runtime = (client as { xmode: unknown }).xmode;
  return typeof runtime === 'object' && runtime !== null && 'settings' in runtime && 'store' in runtime;
}

/** What a runtime is made of (used by `createXModeQueryClient`). */
export interface RuntimeParts {
  store: AccountStore;
  api?: XModeClient;
  cooldown: Cooldown;
  circuit: Circuit;
  recovery: PaymentRecovery;
  voices: VoiceRegistry;
  settings: XModeSettingsInput;
}

/** Builds a runtime whose settings are `parts.settings` with every configured layer on top. */
export function createRuntime({ settings: own, ...parts }: RuntimeParts): XModeRuntime {
  const layers: XModeSettingsInput[] = [own];
  let current: XModeSettings | undefined;
  return {
    ...parts,
    settings: (overrides) =>
      overrides ? resolveSettings([...layers, overrides]) : (current ??= resolveSettings(layers)),
    configure(overrides) {
      const layer = definedOnly(overrides);
      layers.push(layer);
      current = undefined;
      return () => {
        const index = layers.indexOf(layer);
        if (index > 0) layers.splice(index, 1);
        current = undefined;
      };
    },
  };
}

/** Merges settings layers, later ones winning key by key; messages merge string by string. */
function resolveSettings(layers: readonly XModeSettingsInput[]): XModeSettings {
  const merged: XModeSettingsInput = Object.assign({}, ...layers.map(definedOnly));
  return {
    onError: merged.onError,
    supportUrl: merged.supportUrl,
    topUpHref: merged.topUpHref,
    toasts: merged.toasts ?? true,
    shareAcrossTabs: merged.shareAcrossTabs ?? true,
    checkBalance: merged.checkBalance,
    locale: merged.locale,
    messages: layers.reduce((messages, layer) => mergeMessages(layer.messages, messages, layer.locale), mergeMessages()),
  };
}

function definedOnly(input: XModeSettingsInput): XModeSettingsInput {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}
