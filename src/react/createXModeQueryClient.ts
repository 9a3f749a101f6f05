import { MutationCache, QueryCache, QueryClient, type Query, type QueryClientConfig } from '@tanstack/react-query';
import { errorCatalog, type ErrorContext, type XModeClient, type XModeError } from '../core';
import type { AccountFlag, CatalogEntry } from '../core/errorCatalog';
import { retryDelay, shouldRetry, shouldRetryMutation } from '../core/retryPolicy';
import { createAccountStore, type AccountState } from './accountStore';
import { errorToShow } from './errorToShow';
import { createFinalErrors } from './finalErrors';
import { createPaymentRecovery, sessionRecoveryStorage } from './paymentRecovery';
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
   * `mutationKey` that fails with 402 is kept, to be sent again once the balance is back.
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

// What each account-wide flag of the catalog sets.
const FLAG_PATCHES: Record<AccountFlag, Partial<AccountState>> = {
  blocked: { blocked: true },
  paymentRequired: { paymentRequired: true },
  unauthorized: { unauthorized: true },
  offline: { offline: true },
};

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

  const report = (thrown: unknown, info: Omit<XModeErrorInfo, 'surface'>, context: ErrorContext, extra: { retry?: () => void; queryHash?: string; paid?: { mutationKey?: readonly unknown[]; variables: unknown; submittedAt: number } }) => {
    const error = errorToShow(thrown);
    if (!error) return;
    const entry: CatalogEntry = errorCatalog[error.code];
    const { paid } = extra;
    // A 402 of a request sent before the balance came back says nothing new: no banner again.
    const stale = error.code === 'payment_required' && paid !== undefined && runtime.recovery.isStale(paid.submittedAt);
    if (entry.account && !stale) account.setState(FLAG_PATCHES[entry.account]);
    if (error.code === 'payment_required' && paid?.mutationKey && !stale) {
      runtime.recovery.keep({ mutationKey: paid.mutationKey, variables: paid.variables, submittedAt: paid.submittedAt });
    }
    const surface = entry.surfaces[context];
    errors.report({ error, surface, retry: entry.retry.kind === 'never' ? undefined : extra.retry, queryHash: extra.queryHash });
    onError?.(error, { ...info, surface });
  };

  const client: QueryClient = new QueryClient({
    ...queryClientConfig,
    queryCache: new QueryCache({
      onError: (error, query) =>
        report(error, { source: 'query', key: query.queryKey }, queryContext(query), {
          queryHash: query.queryHash,
          retry: () => void client.refetchQueries({ queryKey: query.queryKey, exact: true }),
        }),
      onSuccess: (_data, query) => {
        account.setState({ offline: false });
        errors.succeeded(query.queryHash);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, variables, _result, mutation) => {
        const meta = xmodeMeta(mutation.meta);
        const safe = errorCatalog[errorToShow(error)?.code ?? 'unexpected_response'].retry;
        report(error, { source: 'mutation', key: mutation.options.mutationKey }, meta.shownIn ?? 'background', {
          // Repeat a mutation only where the catalog says the failed one did nothing.
          retry: safe.kind !== 'never' && safe.mutations ? () => void mutation.execute(variables).catch(() => undefined) : undefined,
          paid: meta.paid ? { mutationKey: mutation.options.mutationKey, variables, submittedAt: mutation.state.submittedAt } : undefined,
        });
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
  const runtime: XModeRuntime = {
    api,
    account,
    errors,
    settings,
    onError,
    recovery: createPaymentRecovery(client, account, sessionRecoveryStorage(api?.fingerprint() ?? 'default')),
  };
  // A page-wide state that ended takes its cause with it.
  let flags = account.getState();
  account.subscribe(() => {
    const next = account.getState();
    if (flags.offline && !next.offline) errors.resolve('network_error');
    if (flags.paymentRequired && !next.paymentRequired) errors.resolve('payment_required');
    if (flags.unauthorized && !next.unauthorized) errors.resolve('unauthorized');
    if (flags.blocked && !next.blocked) errors.resolve('account_blocked');
    flags = next;
  });
  return Object.defineProperty(client, 'xmode', { value: runtime, enumerable: true }) as XModeQueryClient;
}

/** Where a query's final error shows: what it declares, else its page while it has observers and no data. */
function queryContext(query: Query<unknown, unknown, unknown, readonly unknown[]>): ErrorContext {
  return xmodeMeta(query.meta).shownIn ?? (query.getObserversCount() > 0 && query.state.data === undefined ? 'page' : 'background');
}

/** Reads `meta.xmode` safely, whatever the host put in `meta`. */
export function xmodeMeta(meta: Record<string, unknown> | undefined): XModeMeta {
  const value = meta?.xmode;
  return typeof value === 'object' && value !== null ? (value as XModeMeta) : {};
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
