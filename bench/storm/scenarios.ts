// The storms of scenario 1: what the loopback server answers, for how long, to how many queries.

/** One storm: the server answers `status` for `windowMs` from the first request it gets, then 200. */
export interface Scenario {
  id: string;
  title: string;
  /** Queries mounted per run. */
  queries: number;
  /** Length of the server's error window, in ms. */
  windowMs: number;
  status: number;
  /** `Retry-After` sent with each error, in seconds; none when undefined. */
  retryAfterSeconds?: number;
  body: string;
  /** ms between two mounts; 0 = all at once. */
  staggerMs: number;
}

const RATE_LIMITED = '{"error":{"code":"rate_limited","message":"Too many requests, slow down"}}';
const PROVIDER_TIMEOUT = '{"error":{"code":"provider_timeout","message":"The image provider did not answer in time"}}';

export const SCENARIOS: Scenario[] = [
  {
    id: 'burst429',
    title: '429 storm: 20 queries mounted at once, 429 + Retry-After: 2 for 2 s',
    queries: 20,
    windowMs: 2_000,
    status: 429,
    retryAfterSeconds: 2,
    body: RATE_LIMITED,
    staggerMs: 0,
  },
  {
    id: 'persist429',
    title: 'persistent 429: 10 queries mounted at once, 429 + Retry-After: 1 for 5 s (five windows)',
    queries: 10,
    windowMs: 5_000,
    status: 429,
    retryAfterSeconds: 1,
    body: RATE_LIMITED,
    staggerMs: 0,
  },
  {
    id: 'zero429',
    title: '429 with Retry-After: 0: 10 queries mounted at once, 429 + Retry-After: 0 for 2 s',
    queries: 10,
    windowMs: 2_000,
    status: 429,
    retryAfterSeconds: 0,
    body: RATE_LIMITED,
    staggerMs: 0,
  },
  {
    id: 'stagger429',
    title: '429 storm while navigating: 20 queries mounted one per 100 ms, 429 + Retry-After: 2 for 2 s',
    queries: 20,
    windowMs: 2_000,
    status: 429,
    retryAfterSeconds: 2,
    body: RATE_LIMITED,
    staggerMs: 100,
  },
  {
    id: 'burst503',
    title: '503 burst: 20 queries mounted at once, 503 provider_timeout for 2 s (no Retry-After)',
    queries: 20,
    windowMs: 2_000,
    status: 503,
    body: PROVIDER_TIMEOUT,
    staggerMs: 0,
  },
  {
    id: 'retry503',
    title: '503 with Retry-After: 20 queries mounted at once, 503 provider_timeout + Retry-After: 1 for 2 s',
    queries: 20,
    windowMs: 2_000,
    status: 503,
    retryAfterSeconds: 1,
    body: PROVIDER_TIMEOUT,
    staggerMs: 0,
  },
];
