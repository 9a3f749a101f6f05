/** Cooldown after a 429 that named no `Retry-After`, in ms. */
export const DEFAULT_RATE_LIMIT_COOLDOWN_MS = 1_000;
/**
 * Longest shared cooldown, in ms. A server (or a broken proxy) asking for days is asked
 * again after 10 minutes at most instead of locking the dashboard until a reload.
 */
export const MAX_COOLDOWN_MS = 10 * 60_000;

/**
 * One "do not send" window for the requests of an API client. After a 429 every request
 * waits for the window to end instead of firing and getting 429 again; when it ends,
 * every waiter resumes once.
 */
export interface Cooldown {
  /** Epoch ms when the current window ends; 0 when there is none. */
  until(): number;
  /** Opens (or extends — never shortens) the window by `ms` from now (default `DEFAULT_RATE_LIMIT_COOLDOWN_MS`, for a 429 without `Retry-After`). */
  start(ms?: number): void;
  /** Resolves when no window is open; rejects with the signal's reason on abort. */
  wait(signal?: AbortSignal): Promise<void>;
  /** Called when a window opens, is extended, or ends. Returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Ends the window now (tests, a manual "try now"). */
  clear(): void;
}

/** Clock and cap of a cooldown (tests inject `now`). */
export interface CooldownOptions {
  now?: () => number;
  maxMs?: number;
}

/**
 * Creates a cooldown. Every `createXModeClient` makes its own (one window per client, so
 * per API key and base URL); pass one cooldown to several clients to share a window.
 */
export function createCooldown(options: CooldownOptions = {}): Cooldown {
  const { now = Date.now, maxMs = MAX_COOLDOWN_MS } = options;
  const listeners = new Set<() => void>();
  const waiters = new Set<() => void>();
  let until = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const notify = () => listeners.forEach((listener) => listener());
  const end = () => {
    clearTimeout(timer);
    timer = undefined;
    until = 0;
    const resumed = [...waiters];
    waiters.clear();
    resumed.forEach((resume) => resume());
    notify();
  };
  const remaining = () => (until ? Math.max(0, until - now()) : 0);

  return {
    until: () => (remaining() > 0 ? until : 0),
    start(ms = DEFAULT_RATE_LIMIT_COOLDOWN_MS) {
      const length = Math.min(Math.max(0, Number.isFinite(ms) ? ms : maxMs), maxMs);
      const next = now() + length;
      if (length === 0 || next <= until) return;
      until = next;
      clearTimeout(timer);
      timer = setTimeout(end, length);
      notify();
    },
    wait(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (remaining() === 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          waiters.delete(resume);
          reject(signal?.reason);
        };
        const resume = () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        waiters.add(resume);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear: () => {
      if (until) end();
    },
  };
}
