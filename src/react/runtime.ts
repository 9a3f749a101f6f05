import type { QueryClient } from '@tanstack/react-query';
import { isRecord } from '../core/isRecord';
import type { Surface, XModeClient, XModeError } from '../core';
import type { AccountStore } from './accountStore';
import type { FinalErrors } from './finalErrors';
import type { XModeMessageOverrides } from './messages';
import type { KeptPaidRequest, KeptRequestStore } from './keptRequest';

/** Reads the xTokens balance, fresh (e.g. refetches a balance query), for the way back after a 402. */
export type BalanceCheck = () => Promise<number>;

/** What the host's `onError` hears with each final error. */
export interface XModeErrorInfo {
  source: 'query' | 'mutation';
  /** The query key or mutation key, when there is one. */
  key?: readonly unknown[];
  /** The one surface that states it (`toast` when nothing on screen does). */
  surface: Surface;
}

/**
 * What the UI needs to know from the host: given to `createXModeQueryClient` and/or as
 * props of `<XModeErrorProvider>` (a prop wins over the query client's setting; a prop
 * left `undefined` does not).
 */
export interface XModeSettingsInput {
  /** Overrides of any user-facing string. */
  messages?: XModeMessageOverrides;
  /**
   * The reader's locale (BCP 47, e.g. `de-CH`): numbers, plurals, times and dates of the
   * copy are formatted in it (`Intl`). Translate the words with `messages`.
   */
  locale?: string;
  /** Contact-support link (a URL or `mailto:`); from configuration, never from a response. */
  supportUrl?: string;
  /** The dashboard's billing route, target of every "Top up" link. */
  topUpHref?: string;
  /**
   * The dashboard's generations list: where a paid request that may or may not have gone
   * through (a server fault) is checked before it is sent again.
   */
  generationsHref?: string;
  /** Show toasts at all. `false` when the app presents every error itself. Default true. */
  toasts?: boolean;
  /**
   * Share windows and account state (blocked, unauthorized, payment required) with the
   * other tabs of this origin using the same base URL and key. Default true; read when the
   * provider mounts. Off on servers and where `BroadcastChannel` is missing.
   */
  shareAcrossTabs?: boolean;
  /**
   * Reads the balance in xTokens: after a top-up (and on "I've topped up") the banner
   * offers to send the kept request only when the balance covers its cost (`costOf`), and
   * otherwise says how much is missing. Without it the banner trusts
   * `clearPaymentRequired()` and offers no re-check.
   */
  checkBalance?: BalanceCheck;
  /** What a kept paid request costs, in xTokens (`undefined`: unknown, any balance above 0 covers it). */
  costOf?: (request: KeptPaidRequest) => number | undefined;
}

/** The settings in effect: defaults, then the query client's, then the provider's. */
export interface XModeSettings extends Omit<XModeSettingsInput, 'messages' | 'toasts' | 'shareAcrossTabs'> {
  /** The copy's overrides, the query client's then the provider's (`useMessages()` lays them over the defaults). */
  messageLayers: readonly XModeMessageOverrides[];
  toasts: boolean;
  shareAcrossTabs: boolean;
}

/**
 * The per-query-client state of the module, reachable as `queryClient.xmode`; nothing of
 * it lives at module scope. The API client owns the windows; this owns what the UI shows.
 */
export interface XModeRuntime {
  /** The API client the query client was built from, when it was given one: its windows are the ones the UI shows. */
  readonly api?: XModeClient;
  readonly account: AccountStore;
  /** The final errors, one per cause, each with the surface that states it. */
  readonly errors: FinalErrors;
  /** The paid request kept after a 402 (its way back is `usePaymentRecovery`'s). */
  readonly kept: KeptRequestStore;
  /** The query client's own settings (the provider's props are laid over them as it renders). */
  readonly settings: XModeSettingsInput;
  /** Called once per final error (after retries), aborts excluded. */
  readonly onError?: (error: XModeError, info: XModeErrorInfo) => void;
}

/** A `QueryClient` made by `createXModeQueryClient`: it carries its runtime. */
export type XModeQueryClient = QueryClient & { readonly xmode: XModeRuntime };

/** True for a query client made by `createXModeQueryClient` (also from another copy of the module). */
export function isXModeQueryClient(client: unknown): client is XModeQueryClient {
  const runtime = isRecord(client) ? client.xmode : undefined;
  return isRecord(runtime) && 'account' in runtime && 'errors' in runtime;
}

/** `own` with the keys `over` sets laid on top (messages merge string by string). A pure function. */
export function resolveSettings(own: XModeSettingsInput, over: XModeSettingsInput = {}): XModeSettings {
  const settings: XModeSettingsInput = { ...own };
  for (const [key, value] of Object.entries(over)) if (value !== undefined) Object.assign(settings, { [key]: value });
  return {
    ...settings,
    toasts: settings.toasts ?? true,
    shareAcrossTabs: settings.shareAcrossTabs ?? true,
    messageLayers: [own.messages, over.messages].filter((layer) => layer !== undefined),
  };
}
