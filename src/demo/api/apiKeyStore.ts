/**
 * The API key the demo sends to `/v1/*`, kept in memory only: never in localStorage,
 * sessionStorage, a cookie or a log. A reload forgets it (by design: enter it again on
 * the settings page). A Set of listeners, read with `useSyncExternalStore`.
 */
export interface ApiKeyStore {
  get(): string | undefined;
  set(key: string | undefined): void;
  subscribe(listener: () => void): () => void;
}

export function createApiKeyStore(): ApiKeyStore {
  let current: string | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(key) {
      current = key?.trim() || undefined;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The demo's one key store. */
export const apiKeyStore = createApiKeyStore();
