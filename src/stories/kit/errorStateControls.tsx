import type { Decorator, Meta, StoryContext } from '@storybook/react-vite';
import { onlineManager, useQuery } from '@tanstack/react-query';
import { delay, http, HttpResponse } from 'msw';
import { useEffect, useRef, type ReactNode } from 'react';
import { expect, waitFor } from 'storybook/test';
import { errorCatalog, type CatalogCode } from '../../core';
import { ErrorState, GenerationImages } from '../../components';
import { worker } from '../../mocks/browser';
import { SEED, resetMockDb } from '../../mocks/db';
import { rawResponse, xmodeError } from '../../mocks/errors';
import { scenarioResponse } from '../../mocks/scenarioResponse';
import { clearScenarios, findScenario } from '../../mocks/scenarios';
import type { Generation } from '../../mocks/types';
import { errorStateLabel } from './errorStateNames';
import { GenerationForm } from './GenerationForm';
import { GenerationList, QueryView, StoryPage } from './pages';
import { settleAnimations } from './play';
import { SHORT_WAITS, kitFromLoaded, useStoryApi, type StoryKit } from './storyKit';

/** Where the failing request comes from. */
export const ERROR_CONTEXTS = ['form', 'page', 'background'] as const;
export type ErrorContext = (typeof ERROR_CONTEXTS)[number];

/** The controls of every error-state story. */
export interface ErrorStateArgs {
  code: CatalogCode;
  context: ErrorContext;
}

const CODES = Object.keys(errorCatalog) as CatalogCode[];

const argTypes: Meta<ErrorStateArgs>['argTypes'] = {
  code: {
    description: 'The error the request ends with. Changing it shows that code in the chosen context.',
    options: CODES,
    control: { type: 'select', labels: Object.fromEntries(CODES.map((code) => [code, errorStateLabel(code)])) },
  },
  context: {
    description:
      'Where the request comes from: a **form** the user sent, the **page**’s own data, or a **background** refresh of data already on screen. (`storage_failed` is per image: it always shows in the image grid; `timeout` needs a request with a deadline: the page’s data.)',
    options: ERROR_CONTEXTS,
    control: { type: 'inline-radio' },
  },
};

/** The story shows `ErrorStateView` (not its own render): a playground, or controls changed. */
function showsChosenState(context: Pick<StoryContext<ErrorStateArgs>, 'args' | 'initialArgs' | 'parameters'>): boolean {
  const { args, initialArgs, parameters } = context;
  return parameters.errorStatePlayground === true || args.code !== initialArgs.code || args.context !== initialArgs.context;
}

/** The answer of a request that ends with `code`. */
function failure(code: CatalogCode): Response {
  if (code === 'network_error') return HttpResponse.error();
  if (code === 'unexpected_response') return rawResponse(502, '<html><body><h1>502 Bad Gateway</h1></body></html>', 'text/html');
  if (code === 'validation_error') return scenarioResponse(findScenario('validation_error')!, {}) as Response;
  if (code === 'rate_limited') return xmodeError('rate_limited', { retryAfter: 1 });
  if (code === 'storage_failed' || code === 'timeout') return xmodeError('internal_error');
  return xmodeError(code);
}

/**
 * Before a story that shows the chosen state: the mock and the account back to their
 * seed (whatever the story's own parameters forced), then the chosen request fails.
 */
async function prepareChosenState(context: StoryContext<ErrorStateArgs>) {
  if (!showsChosenState(context)) return;
  const { code, context: where } = context.args;
  const kit = kitFromLoaded(context.loaded);
  resetMockDb();
  clearScenarios();
  onlineManager.setOnline(true);
  kit.account.setState({ blocked: false, unauthorized: false, paymentRequired: false });
  Object.values(kit.api.windows).forEach((window) => window.close());
  if (code === 'storage_failed') return;
  if (code === 'timeout') {
    // The API never answers: the page's request gives up at its deadline.
    worker.use(
      http.get('*/v1/generations', async () => {
        await delay('infinite');
        return HttpResponse.json({ data: [] });
      }),
    );
    return;
  }
  let served = 0;
  let failed = 0;
  // A 429 is waited out and sent again by the API client: it is answered once, then the
  // request goes through (every time, the page would wait a minute and then fail).
  const failures = code === 'rate_limited' ? 1 : Infinity;
  const method = where === 'page' || where === 'background' ? http.get : http.post;
  worker.use(
    method('*/v1/generations', () => {
      served += 1;
      // In the background the list first loads, then its refresh fails.
      if (where === 'background' && served === 1) return undefined;
      if (failed >= failures) return undefined;
      failed += 1;
      return failure(code);
    }),
  );
}

/** Submits the form inside once, after it has rendered: the state a user sees after sending it. */
function SubmitOnMount({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('form')?.requestSubmit();
  }, []);
  return <div ref={ref}>{children}</div>;
}

/** Each request of the deadline list gives up after this long (`AbortSignal.timeout`). */
const DEADLINE_MS = 300;

/** The generation list asked for with a deadline, as a host does for a call that must be quick. */
function ListWithDeadline() {
  const api = useStoryApi();
  const list = useQuery<{ data: Generation[] }>({
    queryKey: ['story', 'deadline'],
    queryFn: ({ signal }) => api.get('/v1/generations', { signal: AbortSignal.any([signal, AbortSignal.timeout(DEADLINE_MS)]) }),
  });
  return (
    <section aria-label="Generations" className="xm-story-section">
      <h2>Generations</h2>
      {list.isPending ? <p role="status">Loading…</p> : null}
      <ErrorState error={list.error} headingLevel={3} onRetry={() => void list.refetch()} />
    </section>
  );
}

/** The generation list, refreshed once in the background after it loaded. */
function BackgroundRefresh() {
  const api = useStoryApi();
  const list = useQuery<{ data: Generation[] }>({
    queryKey: ['story', 'background'],
    queryFn: ({ signal }) => api.get('/v1/generations', { signal }),
  });
  const { isSuccess, refetch } = list;
  const refreshed = useRef(false);
  useEffect(() => {
    if (!isSuccess || refreshed.current) return;
    refreshed.current = true;
    void refetch();
  }, [isSuccess, refetch]);
  return (
    <section aria-label="Generations" className="xm-story-section">
      <h2>Generations</h2>
      {list.data ? (
        <ul>
          {list.data.data.map((generation) => (
            <li key={generation.id}>{generation.prompt}</li>
          ))}
        </ul>
      ) : (
        <p role="status">Loading…</p>
      )}
    </section>
  );
}

/** What the module shows for `code` when the request comes from `context`. */
export function ErrorStateView({ code, context }: ErrorStateArgs) {
  if (code === 'storage_failed') {
    return (
      <StoryPage>
        <QueryView<Generation> path={`/v1/generations/${SEED.partialGenerationId}`} title="Generation">
          {(generation) => <GenerationImages {...generation} onRerun={() => undefined} />}
        </QueryView>
      </StoryPage>
    );
  }
  if (code === 'timeout') {
    return (
      <StoryPage>
        <ListWithDeadline />
      </StoryPage>
    );
  }
  return (
    <StoryPage rateLimitNotice>
      {context === 'form' ? (
        <SubmitOnMount>
          <GenerationForm />
        </SubmitOnMount>
      ) : context === 'page' ? (
        <GenerationList />
      ) : (
        <BackgroundRefresh />
      )}
    </StoryPage>
  );
}

const withChosenState: Decorator<ErrorStateArgs> = (Story, context) =>
  showsChosenState(context) ? <ErrorStateView {...context.args} /> : <Story />;

/**
 * Spread into the meta of the code's story file: the `code` and `context` controls
 * (their defaults describe the file's stories), and the chosen state when a reviewer
 * changes them.
 */
export function errorStateControls(code: CatalogCode, context: ErrorContext = 'page') {
  return {
    args: { code, context } satisfies ErrorStateArgs,
    argTypes,
    decorators: [withChosenState],
    beforeEach: prepareChosenState,
  };
}

/**
 * Every request has settled and the state is the final one: an error shown (or, per
 * image, the grid; or, for a 429 the API client waited out, the data), and no 429 window
 * still open or probing.
 */
function settled({ queryClient, api }: StoryKit, { code, context }: ErrorStateArgs): boolean {
  if (api.windows.rateLimit.active()) return false;
  const queries = queryClient.getQueryCache().getAll();
  const mutations = queryClient.getMutationCache().getAll();
  if (queries.length + mutations.length === 0) return false;
  if (queryClient.isFetching() > 0 || queryClient.isMutating() > 0) return false;
  if (queries.some((query) => query.state.status === 'pending')) return false;
  if (code === 'storage_failed') return true;
  if (code === 'rate_limited') {
    // Loaded (a background refresh: loaded twice), or sent: the wait ended in success.
    const loads = context === 'background' ? 2 : 1;
    return queries.every((query) => query.state.dataUpdateCount >= loads) && mutations.every((mutation) => mutation.state.status === 'success');
  }
  return queries.some((query) => query.state.errorUpdateCount > 0) || mutations.some((mutation) => mutation.state.status === 'error');
}

/**
 * The first story of every error-state file: the code in its usual context, reached
 * without interaction (retry waits shortened), so it can be shown live anywhere (the
 * "Error states/Overview" page) and changed with the controls. Its play waits until
 * every request has settled.
 */
export function errorStatePlayground() {
  return {
    parameters: { errorStatePlayground: true, xmode: SHORT_WAITS },
    async play({ args, loaded }: { args: ErrorStateArgs; loaded: Record<string, unknown> }) {
      const kit = kitFromLoaded(loaded);
      await waitFor(() => expect(settled(kit, args)).toBe(true), { timeout: 10_000 });
      await settleAnimations();
    },
  };
}
