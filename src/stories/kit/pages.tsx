import { useQuery } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import type { XModeError } from '../../core';
import {
  AccountGate,
  ErrorState,
  OfflineBanner,
  RateLimitNotice,
  RetryingStatus,
  TopUpBanner,
  XModeErrorProvider,
} from '../../components';
import type { MissingResource } from '../../components/NotFoundState';
import type { EndUser, Generation } from '../../mocks/types';
import { STORY_PROVIDER_PROPS, StoryKitContext, createStoryKit, useStoryApi, type StoryKit } from './storyKit';

/** Routes the page-wide states link to in stories (never followed). */
export const STORY_ROUTES = {
  apiKeys: '#api-keys',
  settings: '#settings',
} as const;

interface StoryPageProps {
  children?: ReactNode;
  /** Show the API client's 429 wait above the content (`RateLimitNotice`): a page whose requests wait in it. */
  rateLimitNotice?: boolean;
  /** The balance the top-up banner shows, when the page knows it. */
  balance?: number;
}

/**
 * A dashboard page as a host builds it: the page-wide banners on top, the `/v1` features
 * inside `AccountGate`. Every state a story reaches shows where a user would see it.
 */
export function StoryPage({ children, rateLimitNotice = false, balance }: StoryPageProps) {
  return (
    <div className="xm-story-page">
      <OfflineBanner />
      <TopUpBanner balance={balance} />
      {rateLimitNotice ? <RateLimitNotice /> : null}
      <main className="xm-story-main">
        <AccountGate apiKeysHref={STORY_ROUTES.apiKeys} settingsHref={STORY_ROUTES.settings} keyLast4="0000">
          {children}
        </AccountGate>
      </main>
    </div>
  );
}

interface QueryViewProps<T> {
  /** The query's key and path. */
  path: string;
  /** What the page shows once the data is there. */
  children: (data: T) => ReactNode;
  /** Passed to `ErrorState` for `not_found`. */
  resource?: MissingResource;
  /** Heading of the section. */
  title: string;
}

/**
 * A section backed by a real `useQuery` through the story's client: the data; while it
 * loads, "Loading…" and, when the API client waits out a provider outage or an API outage
 * for it, "Trying again…"; or the final error's state in place. (A 429's wait is the
 * page's: `StoryPage rateLimitNotice`.)
 */
export function QueryView<T>({ path, children, resource, title }: QueryViewProps<T>) {
  const api = useStoryApi();
  const headingId = useId();
  const query = useQuery<T, XModeError>({
    queryKey: ['story', path],
    queryFn: ({ signal }) => api.get<T>(path, { signal }),
  });
  let body: ReactNode;
  if (query.isError) {
    body = (
      <ErrorState
        error={query.error}
        resource={resource}
        headingLevel={3}
        onRetry={() => void query.refetch()}
      />
    );
  } else if (query.isSuccess) {
    body = children(query.data);
  } else {
    body = (
      <div className="xm-story-flow">
        <RetryingStatus pending window="provider" />
        <RetryingStatus pending window="outage" />
        <p role="status">Loading…</p>
      </div>
    );
  }
  return (
    <section aria-labelledby={headingId} className="xm-story-section">
      <h2 id={headingId}>{title}</h2>
      {body}
    </section>
  );
}

/** `GET /v1/generations` as a list of prompts. */
export function GenerationList() {
  return (
    <QueryView<{ data: Generation[] }> path="/v1/generations" title="Generations">
      {({ data }) => (
        <ul>
          {data.map((generation) => (
            <li key={generation.id}>
              {generation.prompt} ({generation.status})
            </li>
          ))}
        </ul>
      )}
    </QueryView>
  );
}

/** `GET /v1/end-users` as a list of emails. */
export function EndUserList() {
  return (
    <QueryView<{ data: EndUser[] }> path="/v1/end-users" title="End-users">
      {({ data }) => (
        <ul>
          {data.map((user) => (
            <li key={user.email}>{user.email}</li>
          ))}
        </ul>
      )}
    </QueryView>
  );
}

interface StoryTabProps {
  /** The tab's accessible name ("Tab 1"). */
  name: string;
  children?: ReactNode;
}

/**
 * One browser tab of the same dashboard, inside a story: its own API client, query
 * client and provider (a kit of its own), with `shareAcrossTabs` on, so tabs on one page
 * share a 429 window and an outage over the BroadcastChannel as real tabs do. No toaster
 * of its own: toasts are the page's.
 */
export function StoryTab({ name, children }: StoryTabProps) {
  const [kit] = useState<StoryKit>(() => createStoryKit());
  return (
    <section aria-label={name} className="xm-story-tab">
      <h2>{name}</h2>
      <StoryKitContext.Provider value={kit}>
        <XModeErrorProvider client={kit.queryClient} {...STORY_PROVIDER_PROPS} shareAcrossTabs toaster={false}>
          <RateLimitNotice />
          {children}
        </XModeErrorProvider>
      </StoryKitContext.Provider>
    </section>
  );
}
