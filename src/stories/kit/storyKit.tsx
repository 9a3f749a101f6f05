import { createContext, useContext } from 'react';
import {
  createCircuit,
  createRetryPolicy,
  createXModeClient,
  type Circuit,
  type CircuitOptions,
  type Cooldown,
  type RetryPolicy,
  type XModeClient,
} from '../../core';
import {
  createXModeQueryClient,
  type AccountState,
  type AccountStore,
  type XModeErrorProviderSettings,
  type XModeQueryClient,
  type XModeQueryClientOptions,
} from '../../react';
import { MOCK_API_KEY, type MockDbSeed } from '../../mocks/db';
import type { ForceScenarioOptions, ScenarioId } from '../../mocks/scenarios';

/**
 * Prefix of every request a story sends. The mock answers any prefix before `/v1` and
 * `/dashboard`; `/api` is what the demo uses.
 */
export const STORY_API_BASE_URL = '/api';

/**
 * What one story owns: a fresh API client (its 429 cooldown and outage circuit) and the
 * query client built from it, with its account store: nothing leaks from the story before.
 */
export interface StoryKit {
  readonly cooldown: Cooldown;
  readonly circuit: Circuit;
  readonly store: AccountStore;
  readonly queryClient: XModeQueryClient;
  readonly api: XModeClient;
}

/** A scenario to force before the story renders: an id, or an id with `times`. */
export type StoryScenario = ScenarioId | readonly [ScenarioId, ForceScenarioOptions];

/** `parameters.xmode` of a story (or a file's meta). Every key is optional. */
export interface XModeStoryParameters {
  /** `createXModeQueryClient` options (the story's own API client is added). */
  client?: Omit<XModeQueryClientOptions, 'api'>;
  /** `createCircuit` options of the story's outage breaker (provider errors, 502/503/504). */
  circuit?: CircuitOptions;
  /** `<XModeErrorProvider>` props besides the client. */
  provider?: XModeErrorProviderSettings;
  /** How the mock API starts (`resetMockDb(seed)`): e.g. `{ xTokens: 0 }`. */
  seed?: MockDbSeed;
  /** Mock scenarios forced after the reset, in order (`forceScenario`). */
  scenarios?: readonly StoryScenario[];
  /**
   * Account state the story opens in, for stories fed props rather than a request:
   * `offline` goes through React Query's `onlineManager` (as the browser would say it).
   */
  account?: Partial<Pick<AccountState, 'blocked' | 'unauthorized' | 'paymentRequired' | 'offline'>>;
  /** Opens the story's shared 429 cooldown for this long, in ms, before it renders. */
  cooldownMs?: number;
}

/**
 * Support link and billing route every story's provider gets. Each story is one tab on
 * its own: a docs page renders many stories at once, and one story's 429 must not reach
 * the others (the two-tab story turns sharing on for its own providers).
 */
export const STORY_PROVIDER_PROPS = {
  supportUrl: 'mailto:support@xmode.example',
  topUpHref: '#billing',
  shareAcrossTabs: false,
} as const;

/** Longest automatic retry wait, and longest outage window, in stories that use `SHORT_WAITS`, in ms. */
export const STORY_MAX_RETRY_WAIT_MS = 150;

function capped(policy: RetryPolicy): RetryPolicy['retryDelay'] {
  return (failureCount, error) => Math.min(policy.retryDelay(failureCount, error), STORY_MAX_RETRY_WAIT_MS);
}

/**
 * Spread into `parameters.xmode` of a story whose point is the state after the retries:
 * each retry wait and each window of the outage circuit is capped at
 * `STORY_MAX_RETRY_WAIT_MS`, so the final state shows in about a second. Which codes are
 * retried, how often, and that the circuit holds requests back stay the module's.
 */
export const SHORT_WAITS: Pick<XModeStoryParameters, 'client' | 'circuit'> = {
  client: {
    queryClientConfig: {
      defaultOptions: {
        queries: { retryDelay: capped(createRetryPolicy({ kind: 'query' })) },
        mutations: { retryDelay: capped(createRetryPolicy({ kind: 'mutation' })) },
      },
    },
  },
  circuit: { baseMs: STORY_MAX_RETRY_WAIT_MS / 2, maxMs: STORY_MAX_RETRY_WAIT_MS },
};

/** A kit for one story; `preview.tsx` makes one per story in a loader. */
export function createStoryKit({ client = {}, circuit: circuitOptions }: Pick<XModeStoryParameters, 'client' | 'circuit'> = {}): StoryKit {
  const api = createXModeClient({ baseUrl: STORY_API_BASE_URL, apiKey: MOCK_API_KEY, circuit: createCircuit(circuitOptions) });
  const queryClient = createXModeQueryClient({ ...client, api });
  return { cooldown: api.cooldown, circuit: api.circuit, store: queryClient.xmode.store, queryClient, api };
}

/** Reads `parameters.xmode`, whatever else the parameters hold. */
export function xmodeParameters(parameters: Record<string, unknown>): XModeStoryParameters {
  const value = parameters.xmode;
  return typeof value === 'object' && value !== null ? (value as XModeStoryParameters) : {};
}

/** The kit the preview's loader put in `context.loaded.xmode`. */
export function kitFromLoaded(loaded: Record<string, unknown>): StoryKit {
  const kit = loaded.xmode as StoryKit | undefined;
  if (!kit) throw new Error('storybook/preview.tsx: the xmode loader did not run for this story.');
  return kit;
}

export const StoryKitContext = createContext<StoryKit | null>(null);

/** This story's kit, inside the preview's decorator. */
export function useStoryKit(): StoryKit {
  const kit = useContext(StoryKitContext);
  if (!kit) throw new Error('useStoryKit: render inside the Storybook preview decorator.');
  return kit;
}

/** The story's xMode API client (mock API, the story's cooldown, `MOCK_API_KEY`). */
export function useStoryApi(): XModeClient {
  return useStoryKit().api;
}
