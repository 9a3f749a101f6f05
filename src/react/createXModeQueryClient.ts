import { MutationCache, QueryCache, QueryClient, type QueryClientConfig } from '@tanstack/react-query';
import { createRetryPolicy, errorCatalog, sharedCircuit, sharedCooldown, toXModeError, type Circuit, type Cooldown } from '../core';
import { createAccountStore, type AccountStore } from './accountStore';
import { mergeMessages, type XModeMessageOverrides } from './messages';
import { retryFailedQueries, routeError, xmodeMeta } from './routeError';
import { createVoiceRegistry } from './voices';
import { attachRuntime, defaultRuntimeConfig, type XModeRuntime, type XModeRuntimeConfig } from './runtime';

/** Settings of `createXModeQueryClient`. */
export interface XModeQueryClientOptions extends Partial<Omit<XModeRuntimeConfig, 'messages'>> {
  /** The shared 429 window; default `sharedCooldown` (the one `createXModeClient` uses). */
  cooldown?: Cooldown;
  /** The outage breaker shared with `createXModeClient`; default `sharedCircuit`. */
  circuit?: Circuit;
  /** An account store to share; default a new one. */
  store?: AccountStore;
  /** Longest `Retry-After` waited for automatically. Default 60 s. */
  maxRetryAfterMs?: number;
  messages?: XModeMessageOverrides;
  /** Your own `QueryClient` settings; `defaultOptions` are merged over the module's. */
  queryClientConfig?: Omit<QueryClientConfig, 'queryCache' | 'mutationCache'>;
}

/**
 * A `QueryClient` that knows the xMode errors: retries by the catalog (Retry-After
 * honoured, mutations only where safe), routes each final error to the account state or
 * one toast per cause, and clears `paymentRequired` after a successful paid request
 * (`meta: { xmode: { paid: true } }`).
 *
 * @example
 * const queryClient = createXModeQueryClient({ supportUrl: 'mailto:support@xmode.example' });
 */
export function createXModeQueryClient(options: XModeQueryClientOptions = {}): QueryClient {
  const { cooldown = sharedCooldown, circuit = sharedCircuit, store = createAccountStore(), maxRetryAfterMs, queryClientConfig, messages, ...config } = options;
  const runtime: XModeRuntime = {
    store,
    cooldown,
    circuit,
    voices: createVoiceRegistry(),
    config: { ...defaultRuntimeConfig, ...config, messages: mergeMessages(messages) },
  };
  const queries = createRetryPolicy({ kind: 'query', maxRetryAfterMs });
  const mutations = createRetryPolicy({ kind: 'mutation', maxRetryAfterMs });

  const client: QueryClient = new QueryClient({
    ...queryClientConfig,
    queryCache: new QueryCache({
      onError: (error, query) =>
        routeError(runtime, error, {
          source: 'query',
          key: query.queryKey,
          meta: xmodeMeta(query.meta),
          observed: query.getObserversCount() > 0,
          retry: () => retryFailedQueries(client, circuit),
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
  attachRuntime(client, runtime);
  return client;
}

function isSafeToRepeat(error: unknown): boolean {
  const rule = errorCatalog[toXModeError(error).code].retry;
  return rule.kind !== 'never' && rule.mutations;
}
