import { MutationCache, QueryCache, QueryClient, type QueryClientConfig } from '@tanstack/react-query';
import { createCircuit, createCooldown, createRetryPolicy, errorCatalog, toXModeError, type XModeClient } from '../core';
import { createAccountStore } from './accountStore';
import { createPaymentRecovery, sessionRecoveryStorage, type KeptPaidRequest } from './paymentRecovery';
import { retryFailedQueries, routeError, xmodeMeta } from './routeError';
import { createRuntime, type XModeQueryClient, type XModeRuntime, type XModeSettingsInput } from './runtime';
import { createVoiceRegistry } from './voices';

/** Settings of `createXModeQueryClient`. */
export interface XModeQueryClientOptions extends XModeSettingsInput {
  /**
   * The API client the queries call. Its 429 cooldown and outage circuit are the ones the
   * query client reads (countdowns, the Retry that passes the circuit), so the two never
   * disagree. Without it the query client keeps a cooldown and circuit of its own, which
   * only its routed errors update: requests then do not wait for the window.
   */
  api?: XModeClient;
  /** Longest `Retry-After` waited for automatically. Default 60 s. */
  maxRetryAfterMs?: number;
  /** Your own `QueryClient` settings; `defaultOptions` are merged over the module's. */
  queryClientConfig?: Omit<QueryClientConfig, 'queryCache' | 'mutationCache'>;
}

/**
 * A `QueryClient` that knows the xMode errors: retries by the catalog (Retry-After
 * honoured, mutations only where safe), routes each final error to the account state or
 * one toast per cause, and clears `paymentRequired` after a successful paid request
 * (`meta: { xmode: { paid: true } }`). Everything it keeps (account state, settings) is
 * its own, reachable as `queryClient.xmode`; settings given here stay in effect under
 * `<XModeErrorProvider>`, whose props override only the keys they set.
 *
 * @example
 * const api = createXModeClient({ baseUrl: '/api/xmode' });
 * const queryClient = createXModeQueryClient({ api, supportUrl: 'mailto:support@xmode.example' });
 * <XModeErrorProvider client={queryClient}><App /></XModeErrorProvider>
 */
export function createXModeQueryClient(options: XModeQueryClientOptions = {}): XModeQueryClient {
  const { api, maxRetryAfterMs, queryClientConfig, ...settings } = checkOptions(options);
  const store = createAccountStore();
  const queries = createRetryPolicy({ kind: 'query', maxRetryAfterMs });
  const mutations = createRetryPolicy({ kind: 'mutation', maxRetryAfterMs });

  // The caches call back into `runtime`, made right after the client (it needs the client).
  const client: QueryClient = new QueryClient({
    ...queryClientConfig,
    queryCache: new QueryCache({
      onError: (error, query) =>
        routeError(runtime, error, {
          source: 'query',
          key: query.queryKey,
          meta: xmodeMeta(query.meta),
          observed: query.getObserversCount() > 0,
          retry: () => retryFailedQueries(client, runtime.circuit),
        }),
      onSuccess: () => store.setState({ offline: false }),
    }),
    mutationCache: new MutationCache({
      onError: (error, variables, _result, mutation) =>
        routeError(runtime, error, {
          source: 'mutation',
          key: mutation.options.mutationKey,
          meta: xmodeMeta(mutation.meta),
          observed: true,
          paidRequest: paidRequest(mutation.options.mutationKey, xmodeMeta(mutation.meta).paid, variables, mutation.state.submittedAt),
          // Repeat a mutation only where the catalog says the failed one did nothing.
          retry: isSafeToRepeat(error) ? () => void mutation.execute(variables).catch(() => undefined) : undefined,
        }),
      onSuccess: (_data, _variables, _result, mutation) =>
        store.setState(xmodeMeta(mutation.meta).paid ? { offline: false, paymentRequired: false } : { offline: false }),
    }),
    defaultOptions: {
      ...queryClientConfig?.defaultOptions,
      queries: { retry: queries.shouldRetry, retryDelay: queries.retryDelay, ...queryClientConfig?.defaultOptions?.queries },
      mutations: { retry: mutations.shouldRetry, retryDelay: mutations.retryDelay, ...queryClientConfig?.defaultOptions?.mutations },
    },
  });
  const runtime: XModeRuntime = createRuntime({
    store,
    api,
    cooldown: api?.cooldown ?? createCooldown(),
    circuit: api?.circuit ?? createCircuit(),
    recovery: createPaymentRecovery(client, store, sessionRecoveryStorage(api?.fingerprint() ?? 'default')),
    voices: createVoiceRegistry(),
    settings,
  });
  return Object.defineProperty(client, 'xmode', { value: runtime, enumerable: true }) as XModeQueryClient;
}

function paidRequest(mutationKey: readonly unknown[] | undefined, paid: boolean | undefined, variables: unknown, submittedAt: number): KeptPaidRequest | undefined {
  return paid && mutationKey ? { mutationKey, variables, submittedAt } : undefined;
}

function checkOptions(options: XModeQueryClientOptions): XModeQueryClientOptions {
  if (options.api !== undefined && typeof (options.api as Partial<XModeClient>).request !== 'function') {
    throw new TypeError('createXModeQueryClient: `api` must be a client made by createXModeClient().');
  }
  if ('cooldown' in options || 'circuit' in options) {
    throw new TypeError(
      'createXModeQueryClient: `cooldown` and `circuit` belong to the API client now: pass `api: createXModeClient({ …, cooldown, circuit })`.',
    );
  }
  return options;
}

function isSafeToRepeat(error: unknown): boolean {
  const rule = errorCatalog[toXModeError(error).code].retry;
  return rule.kind !== 'never' && rule.mutations;
}
