import { createContext, useContext, type ComponentProps } from 'react';
import type { XModeErrorProvider } from '../../components';
import { createXModeClient, type XModeClient } from '../../core';
import { createXModeQueryClient, type AccountState, type XModeQueryClient, type XModeQueryClientOptions } from '../../react';
import { type AccountStore } from '../../react/accountStore';
import { MOCK_API_KEY, type MockDbSeed } from '../../mocks/db';
import type { ForceScenarioOptions, ScenarioId } from '../../mocks/scenarios';

/**
 * Prefix of every request a story sends. The mock answers any prefix before `/v1` and
 * `/dashboard`; `/api` is what the demo uses.
 */
export const STORY_API_BASE_URL = '/api';

/**
 * What one story owns: a fresh API client (its windows) and the query client built from
 * it, with its account store: nothing leaks from the story before.
 */
export interface StoryKit {
  readonly account: AccountStore;
  readonly queryClient: XModeQueryClient;
  readonly api: XModeClient;
}

/** A scenario to force before the story renders: an id, or an id with `times`. */
export type StoryScenario = ScenarioId | readonly [ScenarioId, ForceScenarioOptions];

/** `parameters.xmode` of a story (or a file's meta). Every key is optional. */
export interface XModeStoryParameters {
  /** `createXModeQueryClient` options (the story's own API client is added). */
  client?: Omit<XModeQueryClientOptions, 'api'>;
  /** `<XModeErrorProvider>` props besides the client. */
  provider?: Omit<ComponentProps<typeof XModeErrorProvider>, 'client' | 'api' | 'baseUrl' | 'children'>;
  /** How the mock API starts (`resetMockDb(seed)`): e.g. `{ xTokens: 0 }`. */
  seed?: MockDbSeed;
  /** Mock scenarios forced after the reset, in order (`forceScenario`). */
  scenarios?: readonly StoryScenario[];
  /**
   * Account state the story opens in, for stories fed props rather than a request:
   * `offline` goes through React Query's `onlineManager` (as the browser would say it).
   */
  account?: Partial<Pick<AccountState, 'blocked' | 'unauthorized' | 'paymentRequired' | 'offline'>>;
  /** Opens the story's API client's 429 window for this long, in ms, before it renders. */
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
  generationsHref: '#generations',
  shareAcrossTabs: false,
} as const;

/** Longest automatic retry wait in stories that use `SHORT_WAITS`, in ms. */
export const STORY_MAX_RETRY_WAIT_MS = 150;

/**
 * Spread into `parameters.xmode` of a story whose point is the state after the retries:
 * React Query's backoff waits (offline, timeouts) are capped at `STORY_MAX_RETRY_WAIT_MS`,
 * so the final state shows in about a second. Which codes are retried and how often stay
 * the module's; the API client's windows are its own (an outage's first windows are
 * 200 ms).
 */
export const SHORT_WAITS: Pick<XModeStoryParameters, 'client'> = {
  client: {
    queryClientConfig: {
      defaultOptions: {
        queries: { retryDelay: () => STORY_MAX_RETRY_WAIT_MS },
        mutations: { retryDelay: () => STORY_MAX_RETRY_WAIT_MS },
      },
    },
  },
};

/** A kit for one story; `preview.tsx` makes one per story in a loader. */
export function createStoryKit({ client = {} }: Pick<XModeStoryParameters, 'client'> = {}): StoryKit {
  const api = createXModeClient({ baseUrl: STORY_API_BASE_URL, apiKey: MOCK_API_KEY });
  const queryClient = createXModeQueryClient({ ...client, api });
  return { account: queryClient.xmode.account, queryClient, api };
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

/** The story's xMode API client (mock API, the story's windows, `MOCK_API_KEY`). */
export function useStoryApi(): XModeClient {
  return useStoryKit().api;
}
