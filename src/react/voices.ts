'use client';

import { useCallback, useSyncExternalStore } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';
import { isXModeError, type CatalogCode, type Voice, type VoiceContext, type XModeError } from '../core';
import { useXModeContext } from './context';

/** A page-wide surface that may be the voice of a code while it is mounted. */
export type MountedVoice = 'banner' | 'notice';

/** What the runtime knows about who shows which error, and who speaks for each code. */
export interface VoiceRegistry {
  /**
   * Marks `error` as shown by a form or by a state on the page. The first claim wins (a
   * form's state inside the form stays the form's). Idempotent, so it may run during
   * render: the surface's parent claims before its children decide whether to speak.
   */
  claim(error: XModeError, context: Exclude<VoiceContext, 'background'>): void;
  /** Where `error` is shown: the claim, or `background` when nothing claimed it. */
  contextOf(error: XModeError): VoiceContext;
  /** The latest claim of an error of `code`, with when it was made (epoch ms). */
  latestClaim(code: CatalogCode): { context: VoiceContext; at: number } | undefined;
  /** A page-wide surface is on screen for `code`; returns its removal. */
  mount(voice: MountedVoice, code: CatalogCode): () => void;
  isMounted(voice: MountedVoice, code: CatalogCode): boolean;
  /** A new cause of `code` is being routed: its voice is `pending` until `settle`. */
  begin(code: CatalogCode): void;
  settle(code: CatalogCode, voice: Voice): void;
  /** Forgets the decision of `code` (its page-wide state ended). */
  reset(code: CatalogCode): void;
  /** Who speaks for the latest cause of `code`: `pending` while deciding, `undefined` when nothing was routed. */
  voiceOf(code: CatalogCode): Voice | 'pending' | undefined;
  subscribe(listener: () => void): () => void;
}

/** A registry per runtime (never module state: it describes one user's screen). */
export function createVoiceRegistry(): VoiceRegistry {
  const claims = new WeakMap<XModeError, Exclude<VoiceContext, 'background'>>();
  const latest = new Map<CatalogCode, { context: VoiceContext; at: number }>();
  const mounted = new Map<string, number>();
  const pending = new Map<CatalogCode, number>();
  const decided = new Map<CatalogCode, Voice>();
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  return {
    claim(error, context) {
      if (claims.has(error)) return;
      claims.set(error, context);
      latest.set(error.code, { context, at: Date.now() });
    },
    contextOf: (error) => claims.get(error) ?? 'background',
    latestClaim: (code) => latest.get(code),
    mount(voice, code) {
      const key = `${voice}:${code}`;
      mounted.set(key, (mounted.get(key) ?? 0) + 1);
      notify();
      return () => {
        mounted.set(key, (mounted.get(key) ?? 1) - 1);
        notify();
      };
    },
    isMounted: (voice, code) => (mounted.get(`${voice}:${code}`) ?? 0) > 0,
    begin(code) {
      pending.set(code, (pending.get(code) ?? 0) + 1);
      notify();
    },
    settle(code, voice) {
      pending.set(code, Math.max(0, (pending.get(code) ?? 1) - 1));
      decided.set(code, voice);
      notify();
    },
    reset(code) {
      if (!decided.has(code)) return;
      decided.delete(code);
      notify();
    },
    voiceOf: (code) => ((pending.get(code) ?? 0) > 0 ? 'pending' : decided.get(code)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Runs `decide` once the UI has rendered what just failed. React Query notifies its
 * observers with `setTimeout(0)` (a mutation only after its cache's `onError` has
 * returned) and React renders their update in a microtask after that; two timer hops
 * from the failure therefore land after the render, when every surface that shows the
 * error has claimed it.
 */
export function whenRendered(decide: () => void): void {
  setTimeout(() => setTimeout(decide, 0), 0);
}

/** Claims `error` for a surface that shows it (anything but an `XModeError` claims nothing). */
export function useClaim(error: unknown, context: Exclude<VoiceContext, 'background'>): void {
  const { voices } = useXModeContext().runtime;
  if (isXModeError(error)) voices.claim(error, context);
}

/** Who speaks for the latest cause of `code`; re-renders when it changes. */
export function useVoiceOf(code: CatalogCode): Voice | 'pending' | undefined {
  const { voices } = useXModeContext().runtime;
  const read = useCallback(() => voices.voiceOf(code), [voices, code]);
  return useSyncExternalStore(voices.subscribe, read, read);
}

/**
 * Whether the page-wide surface `self` speaks for the latest cause of `code`: it is that
 * cause's voice, or no cause has been decided yet (the surface is all there is).
 */
export function useSpeaks(code: CatalogCode, self: MountedVoice): boolean {
  const voice = useVoiceOf(code);
  return voice === undefined || voice === self;
}

/** Whether a page-wide surface for `code` is mounted; re-renders when it changes. */
export function useVoiceMounted(voice: MountedVoice, code: CatalogCode): boolean {
  const { voices } = useXModeContext().runtime;
  const read = useCallback(() => voices.isMounted(voice, code), [voices, voice, code]);
  return useSyncExternalStore(voices.subscribe, read, read);
}

/** Registers a page-wide surface for `code` while mounted and `enabled`. */
export function useMountVoice(voice: MountedVoice, code: CatalogCode, enabled = true): void {
  const { voices } = useXModeContext().runtime;
  useIsomorphicLayoutEffect(() => (enabled ? voices.mount(voice, code) : undefined), [voices, voice, code, enabled]);
}
