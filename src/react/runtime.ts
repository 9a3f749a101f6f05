import type { QueryClient } from '@tanstack/react-query';
import type { Circuit, Cooldown, XModeError } from '../core';
import type { AccountStore } from './accountStore';
import type { VoiceRegistry } from './voices';
import { defaultMessages, type XModeMessages } from './messages';

/** Where a routed error came from, passed to the host's `onError`. */
export interface XModeErrorInfo {
  source: 'query' | 'mutation';
  /** The query key or mutation key, when there is one. */
  key?: readonly unknown[];
  /** Whether the module showed a toast for it. */
  toasted: boolean;
}

/** The host-facing settings the provider keeps current. */
export interface XModeRuntimeConfig {
  messages: XModeMessages;
  /** Called once per final error (after retries), aborts excluded. For logging. */
  onError?: (error: XModeError, info: XModeErrorInfo) => void;
  /** Contact-support link (a URL or `mailto:`); from configuration, never from a response. */
  supportUrl?: string;
  /** The dashboard's billing route for the top-up link. */
  topUpHref?: string;
  /** Whether the module shows toasts at all (a host may present errors itself). */
  toasts: boolean;
}

/** What `createXModeQueryClient` attaches to its client. */
export interface XModeRuntime {
  readonly store: AccountStore;
  readonly cooldown: Cooldown;
  /** The outage breaker; a user's Retry calls `circuit.probeNow()` so it is not held back. */
  readonly circuit: Circuit;
  /** Who shows which error and which surface speaks for it (one announcement per cause). */
  readonly voices: VoiceRegistry;
  config: XModeRuntimeConfig;
}

/** Settings of a client no provider has configured yet. */
export const defaultRuntimeConfig: XModeRuntimeConfig = { messages: defaultMessages, toasts: true };

const runtimes = new WeakMap<QueryClient, XModeRuntime>();

/** Links a runtime to its client (used by `createXModeQueryClient`). */
export function attachRuntime(client: QueryClient, runtime: XModeRuntime): void {
  runtimes.set(client, runtime);
}

/** The account store, cooldown and settings of a client made by `createXModeQueryClient`. */
export function getXModeRuntime(client: QueryClient): XModeRuntime | undefined {
  return runtimes.get(client);
}

/** Replaces the host-facing settings (the provider calls it when its props change). */
export function configureRuntime(runtime: XModeRuntime, config: XModeRuntimeConfig): void {
  runtime.config = config;
}
