import { isCancelledError, type QueryClient } from '@tanstack/react-query';
import {
  errorCatalog,
  toXModeError,
  voiceFor,
  type AccountFlag,
  type Circuit,
  type XModeError,
} from '../core';
import type { KeptPaidRequest } from './paymentRecovery';
import type { XModeErrorInfo, XModeRuntime } from './runtime';
import { showErrorToast, type RetryAction } from './toasts';
import { whenRendered } from './voices';

/** Per-query / per-mutation options, read from `meta.xmode`. */
export interface XModeMeta {
  /**
   * `false`: never toast this request's errors. Rarely needed: a form or an inline state
   * that shows an error claims it, and a claimed error is never toasted (see `errorVoice`).
   */
  toast?: boolean;
  /**
   * A request that spends xTokens: its success clears `paymentRequired`; a mutation with a
   * `mutationKey` that fails with 402 is kept, to be sent again once the balance is back.
   */
  paid?: boolean;
}

/** Reads `meta.xmode` safely, whatever the host put in `meta`. */
export function xmodeMeta(meta: Record<string, unknown> | undefined): XModeMeta {
  const value = meta?.xmode;
  return typeof value === 'object' && value !== null ? (value as XModeMeta) : {};
}

// What each account-wide flag of the catalog does to the runtime.
const ACCOUNT_ACTIONS: Record<AccountFlag, (runtime: XModeRuntime, error: XModeError) => void> = {
  blocked: ({ store }) => store.setState({ blocked: true }),
  paymentRequired: ({ store }) => store.setState({ paymentRequired: true }),
  unauthorized: ({ store }) => store.setState({ unauthorized: true }),
  rateLimited: ({ cooldown }, error) => cooldown.start(error.retryAfterMs),
  offline: ({ store }) => store.setState({ offline: true }),
};

/** Where a final error came from, for `routeError`. */
export interface RouteContext {
  source: XModeErrorInfo['source'];
  key?: readonly unknown[];
  meta: XModeMeta;
  /** False when nobody is looking any more (an unmounted component's query). */
  observed: boolean;
  retry?: RetryAction;
  /** A paid mutation: what to keep if it failed with 402 (`submittedAt` tells a stale 402). */
  paidRequest?: KeptPaidRequest;
}

/**
 * Sends one final error (after retries) where the catalog says it belongs: the account
 * state for account-wide codes at once; then, once the UI has rendered it, one voice
 * per cause (`errorVoice`): a toast only when no form or inline state on screen shows
 * it (and never for the 429 window, whose one toast is the countdown's). Nothing for
 * cancelled or aborted requests. Called by the caches' `onError`; the host's `onError`
 * hears it after that decision, with `toasted`.
 */
export function routeError(runtime: XModeRuntime, thrown: unknown, context: RouteContext): void {
  if (isCancelledError(thrown)) return;
  const error = toXModeError(thrown);
  if (error.aborted) return;
  const entry = errorCatalog[error.code];
  const { paidRequest } = context;
  // A 402 of a request sent before the balance came back says nothing new: no banner again.
  const stale = error.code === 'payment_required' && paidRequest !== undefined && runtime.recovery.isStale(paidRequest.submittedAt);
  if ('account' in entry && !stale) ACCOUNT_ACTIONS[entry.account](runtime, error);
  if (error.code === 'payment_required' && paidRequest && !stale) runtime.recovery.keep(paidRequest);
  const { voices } = runtime;
  voices.begin(error.code);
  whenRendered(() => {
    const voice = voiceFor(error.code, voices.contextOf(error), (kind) => voices.isMounted(kind, error.code));
    voices.settle(error.code, voice);
    const settings = runtime.settings();
    const toasted = voice === 'toast' && entry.surface !== 'cooldown' && settings.toasts && context.observed && context.meta.toast !== false;
    if (toasted) showErrorToast(error, settings, context.retry);
    settings.onError?.(error, { source: context.source, key: context.key, toasted });
  });
}

/**
 * A user's Retry: lets the next request through an open outage circuit at once (as its
 * probe), then refetches the queries that ended in an error and are still on screen.
 */
export function retryFailedQueries(client: QueryClient, circuit: Circuit): void {
  circuit.probeNow();
  void client.refetchQueries({
    predicate: (query) => query.state.status === 'error' && query.getObserversCount() > 0,
  });
}
