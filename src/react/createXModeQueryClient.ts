import { MutationCache, QueryCache, QueryClient, type Mutation, type Query, type QueryClientConfig } from '@tanstack/react-query';
import { errorCatalog, type CatalogCode, type ErrorContext, type XModeClient, type XModeError } from '../core';
import type { CatalogEntry } from '../core/errorCatalog';
import { isRecord } from '../core/isRecord';
import { retryDelay, shouldRetry, shouldRetryMutation } from '../core/retryPolicy';
import { createAccountStore } from './accountStore';
import { errorToShow } from './errorToShow';
import { createFinalErrors } from './finalErrors';
import { createKeptRequestStore, requestDigest, sessionKeptStorage } from './keptRequest';
import type { XModeErrorInfo, XModeQueryClient, XModeRuntime, XModeSettingsInput } from './runtime';

/** Per-query / per-mutation options, read from `meta.xmode`. */
export interface XModeMeta {
  /**
   * Where this request's error is shown when it ends (`form`, `page`, `background`): it
   * decides the one surface that states it. Default: a query that has observers and no
   * data yet is shown by its `page` (the component renders `ErrorState`); anything else is
   * `background` (a toast). A form that shows its mutation's error with `useServerErrors`
   * declares `form`.
   */
  shownIn?: ErrorContext;
  /**
   * A request that spends xTokens: its success clears `paymentRequired`; a mutation with a
   * `mutationKey` that fails with 402 is kept, to be sent again once the balance covers it
   * (at most once: a send of an equal request uses it up); one that ends in a server fault
   * says it may or may not have gone through (`outcomeUnknown`).
   */
  paid?: boolean;
}

/** Settings of `createXModeQueryClient`. */
export interface XModeQueryClientOptions extends XModeSettingsInput {
  /**
   * The API client the queries call: its windows are the ones the UI shows (countdowns,
   * the submit button's wait), and its fingerprint scopes what tabs share.
   */
  api?: XModeClient;
  /** Called once per final error (after retries), aborts excluded. For logging or analytics. */
  onError?: (error: XModeError, info: XModeErrorInfo) => void;
  /** Your own `QueryClient` settings; `defaultOptions` are merged over the module's. */
  queryClientConfig?: Omit<QueryClientConfig, 'queryCache' | 'mutationCache'>;
}

/**
 * A `QueryClient` that knows the xMode errors. React Query retries only what the API
 * client cannot wait out (no answer; see `shouldRetry`). When a request's error is final
 * (the caches' `onError`), it is decided once where it shows: the context the query or
 * mutation declares in `meta.xmode.shownIn` (else: a query with observers and no data is
 * shown by its page; anything else is background), and the catalog's surface for the code
 * in that context. Account-wide codes set the account state; the cause joins
 * `xmode.errors`, which the toaster and the banners read. A successful paid request
 * (`meta: { xmode: { paid: true } }`) clears `paymentRequired`.
 *
 * @example
 * const api = createXModeClient({ baseUrl: '/api/xmode' });
 * const queryClient = createXModeQueryClient({ api, supportUrl: 'mailto:support@xmode.example' });
 * <XModeErrorProvider client={queryClient}><App /></XModeErrorProvider>
 */
export function createXModeQueryClient(options: XModeQueryClientOptions = {}): XModeQueryClient {
  const { api, onError, queryClientConfig, ...settings } = checkOptions(options);
  const account = createAccountStore();
  const errors = createFinalErrors();
  const kept = createKeptRequestStore(account, sessionKeptStorage(api?.fingerprint() ?? 'default'));

  /**
   * Decides, once, where a final error shows and what it changes. `retry` is offered where
   * the catalog allows it (for a mutation, only where the failed one did nothing); `paid`:
   * the paid mutation it ended.
   */
  const report = (thrown: unknown, info: Omit<XModeErrorInfo, 'surface'>, context: ErrorContext, retry: () => void, queryHash?: string, paid?: Mutation<unknown, unknown, unknown, unknown>) => {
    const error = errorToShow(thrown);
    if (!error) return;
    const { code } = error;
    const entry: CatalogEntry = errorCatalog[code];
    const { mutationKey } = paid?.options ?? {};
    const { variables, submittedAt = 0 } = paid?.state ?? {};
    // A 402 of a request sent before the balance came back says nothing new: no banner, nothing kept.
    if (!(code === 'payment_required' && paid && kept.isStale(submittedAt))) {
      if (entry.account) account.setState({ [entry.account]: true });
      if (code === 'payment_required' && mutationKey) kept.keep({ mutationKey, variables, submittedAt, id: requestDigest(mutationKey, variables) });
    }
    const surface = entry.surfaces[context];
    const rule = entry.retry;
    const safe = rule.kind !== 'never' && (info.source === 'query' || rule.mutations);
    errors.report({ error, surface, retry: safe ? retry : undefined, queryHash, outcomeUnknown: !!paid && isServerFault(code) });
    onError?.(error, { ...info, surface });
  };

  const client: QueryClient = new QueryClient({
    ...queryClientConfig,
    queryCache: new QueryCache({
      onError: (error, query) =>
        report(error, { source: 'query', key: query.queryKey }, queryContext(query), () => void client.refetchQueries({ queryKey: query.queryKey, exact: true }), query.queryHash),
      onSuccess: (_data, query) => {
        account.setState({ offline: false });
        errors.succeeded(query.queryHash);
      },
    }),
    mutationCache: new MutationCache({
      // Any send of a paid request uses up an equal one kept after a 402 (here and, through
      // the tabs, elsewhere): it is never offered again.
      onMutate: (variables, mutation) => {
        const key = mutation.options.mutationKey;
        if (key && xmodeMeta(mutation.meta).paid) kept.sent(requestDigest(key, variables), mutation.state.submittedAt);
      },
      onError: (error, variables, _result, mutation) => {
        const meta = xmodeMeta(mutation.meta);
        report(
          error,
          { source: 'mutation', key: mutation.options.mutationKey },
          meta.shownIn ?? 'background',
          () => void mutation.execute(variables).catch(() => undefined),
          undefined,
          meta.paid ? mutation : undefined,
        );
      },
      onSuccess: (_data, _variables, _result, mutation) =>
        account.setState(xmodeMeta(mutation.meta).paid ? { offline: false, paymentRequired: false } : { offline: false }),
    }),
    defaultOptions: {
      ...queryClientConfig?.defaultOptions,
      queries: { retry: shouldRetry, retryDelay, ...queryClientConfig?.defaultOptions?.queries },
      mutations: { retry: shouldRetryMutation, retryDelay, ...queryClientConfig?.defaultOptions?.mutations },
    },
  });
  const runtime: XModeRuntime = { api, account, errors, kept, settings, onError };
  // `unauthorized` is a belief: a request of this client sent later that succeeded clears it.
  api?.onSuccess((sentAt) => account.setState({ unauthorized: false }, sentAt));
  // A page-wide state that ended takes its cause with it (the code whose catalog row sets the flag).
  let flags = account.getState();
  account.subscribe(() => {
    const next = account.getState();
    for (const [code, entry] of Object.entries(errorCatalog) as Array<[CatalogCode, CatalogEntry]>) {
      if (entry.account && flags[entry.account] && !next[entry.account]) errors.resolve(code);
    }
    flags = next;
  });
  return Object.defineProperty(client, 'xmode', { value: runtime, enumerable: true }) as XModeQueryClient;
}

/**
 * A server fault after which a paid POST may or may not have gone through, so it must not
 * be sent again blindly: a 500 code (internal_error, also any 5xx page; provider_*) or a
 * timeout (an answer that never came).
 */
function isServerFault(code: CatalogCode): boolean {
  return errorCatalog[code].status === 500 || code === 'timeout';
}

/** Where a query's final error shows: what it declares, else its page while it has observers and no data. */
function queryContext(query: Query<unknown, unknown, unknown, readonly unknown[]>): ErrorContext {
  return xmodeMeta(query.meta).shownIn ?? (query.getObserversCount() > 0 && query.state.data === undefined ? 'page' : 'background');
}

/** Reads `meta.xmode` safely, whatever the host put in `meta`. */
export function xmodeMeta(meta: Record<string, unknown> | undefined): XModeMeta {
  const value = meta?.xmode;
  return isRecord(value) ? value : {};
}

function checkOptions(options: XModeQueryClientOptions): XModeQueryClientOptions {
  if (options.api !== undefined && typeof (options.api as Partial<XModeClient>).request !== 'function') {
    throw new TypeError('createXModeQueryClient: `api` must be a client made by createXModeClient().');
  }
  for (const removed of ['cooldown', 'circuit', 'maxRetryAfterMs'] as const) {
    if (removed in options) {
      throw new TypeError(`createXModeQueryClient: \`${removed}\` is gone: the API client owns every wait (createXModeClient({ maxWaitMs })).`);
    }
  }
  return options;
}
