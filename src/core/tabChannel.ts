/**
 * What the tabs of one origin tell each other about one API client (its base URL and key):
 * its windows (opened, ended, closed), the account flags an error (or a success) taught, so
 * a tab that did not get the 429, the outage or the 402 does not rediscover it request by
 * request, and the paid requests sent, so a kept one is not sent twice.
 * Framework-free; `connectTabs` in the React adapter wires it to a runtime.
 *
 * Messages carry a `scope` (a fingerprint of base URL and key, never the key) and epoch
 * times (the tabs of one origin share a wall clock). Every message is validated: a
 * malformed or hostile one is ignored, and a deadline can never reach past `maxWindowMs`
 * from now.
 */
import { isRecord } from './isRecord';

/** The account-wide flags tabs share; each change carries when it happened. */
export const TAB_FLAGS = ['blocked', 'unauthorized', 'paymentRequired'] as const;
export type TabFlag = (typeof TAB_FLAGS)[number];
/** The windows tabs share (the names of `XModeClient.windows`). */
export const TAB_WINDOWS = ['rateLimit', 'outage', 'provider'] as const;
export type TabWindowName = (typeof TAB_WINDOWS)[number];

/** A flag's value and the epoch ms it took it: the newer change wins. */
export interface TabFlagChange {
  readonly on: boolean;
  readonly at: number;
}

/**
 * A window's news: `open` until an epoch ms; `ended` (its time is up: the next request
 * probes) or `closed` (an answer proved the cause over: everyone goes), for the window
 * that was to end at `until`.
 */
export interface TabWindowChange {
  readonly state: 'open' | 'ended' | 'closed';
  readonly until: number;
}

/**
 * The latest paid request a tab sent: its id (a digest of its mutation key and variables,
 * never them) and the epoch ms it went. An equal request kept in another tab, kept before
 * then, is used up: it is never offered again.
 */
export interface TabSend {
  readonly id: string;
  readonly at: number;
}

/** What one message says; every part is optional. */
export interface TabState {
  windows?: Partial<Record<TabWindowName, TabWindowChange>>;
  flags?: Partial<Record<TabFlag, TabFlagChange>>;
  sent?: TabSend;
}

/** A message on the channel. `hello` asks the other tabs for their state (a tab that just opened). */
export type TabMessage =
  | { readonly v: 2; readonly kind: 'hello'; readonly scope: string; readonly from: string }
  | { readonly v: 2; readonly kind: 'state'; readonly scope: string; readonly from: string; readonly state: TabState };

/** The name of the one channel every xmode-error-ui tab of an origin uses. */
export const TAB_CHANNEL_NAME = 'xmode-error-ui';

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const WINDOW_STATES: ReadonlySet<unknown> = new Set(['open', 'ended', 'closed']);
// Farther than this in the past, a change is too old to be news (and cannot be a clock).
// (A literal, not `24 * 60 * 60_000`: the bundler drops an unused literal, not a product.)
const MAX_AGE_MS = 86_400_000; // a day

/**
 * Reads a message from the channel, or `undefined` when it is not one: wrong shape or
 * version, an id that is not an id, a number that is not a time. Deadlines are clamped
 * to at most `maxWindowMs` after `now`; unknown keys are dropped.
 */
export function parseTabMessage(data: unknown, now: number, maxWindowMs: number): TabMessage | undefined {
  try {
    if (!isRecord(data) || data.v !== 2) return undefined;
    const { kind, scope, from } = data;
    if (typeof scope !== 'string' || !ID.test(scope) || typeof from !== 'string' || !ID.test(from)) return undefined;
    if (kind === 'hello') return { v: 2, kind, scope, from };
    if (kind !== 'state' || !isRecord(data.state)) return undefined;
    const raw = data.state;
    const state: TabState = {};
    const windows: Partial<Record<TabWindowName, TabWindowChange>> = {};
    for (const name of TAB_WINDOWS) {
      const change = isRecord(raw.windows) ? raw.windows[name] : undefined;
      if (isRecord(change) && WINDOW_STATES.has(change.state) && isTime(change.until, now)) {
        windows[name] = { state: change.state as TabWindowChange['state'], until: Math.min(change.until, now + maxWindowMs) };
      }
    }
    if (Object.keys(windows).length > 0) state.windows = windows;
    const flags: Partial<Record<TabFlag, TabFlagChange>> = {};
    for (const flag of TAB_FLAGS) {
      const change = isRecord(raw.flags) ? raw.flags[flag] : undefined;
      if (isRecord(change) && typeof change.on === 'boolean' && isPast(change.at, now)) {
        flags[flag] = { on: change.on, at: change.at };
      }
    }
    if (Object.keys(flags).length > 0) state.flags = flags;
    const { sent } = raw;
    if (isRecord(sent) && typeof sent.id === 'string' && ID.test(sent.id) && isPast(sent.at, now)) state.sent = { id: sent.id, at: sent.at };
    return { v: 2, kind, scope, from, state };
  } catch {
    // A proxy or getter that throws: not a message.
    return undefined;
  }
}

/** A short, non-reversible id of a base URL and key: which tabs share state. */
export function tabScope(baseUrl: string, key: string | undefined): string {
  return digest(`${baseUrl}\n${key ?? ''}`);
}

/** 16 hex digits of `text` (FNV-1a, 64 bits): an id that tells texts apart without containing them. */
export function digest(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const char of text) {
    hash ^= BigInt(char.codePointAt(0) ?? 0);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** The part of `BroadcastChannel` the tabs use, so tests and old browsers can supply their own. */
export interface TabPort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

/** Opens the channel, or `undefined` where the platform has none (a server, an old browser). */
export type TabPortFactory = (name: string) => TabPort | undefined;

// The environment adapter: the browser's BroadcastChannel where there is a document
// (never on a server, where requests of different users must not talk to each other).
const browserPorts: TabPortFactory = (name) =>
  typeof document !== 'undefined' && typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : undefined;
let openPort: TabPortFactory = browserPorts;

/**
 * Replaces how the channel is opened (tests, a storage-event fallback); `undefined`
 * restores the browser's. Returns the previous factory.
 */
export function setTabPortFactory(factory: TabPortFactory | undefined): TabPortFactory {
  const previous = openPort;
  openPort = factory ?? browserPorts;
  return previous;
}

/** One tab's end of the channel. */
export interface TabLink {
  /** Tells the other tabs `state`. */
  post(state: TabState): void;
  /** Asks the other tabs for their state. */
  hello(): void;
  close(): void;
}

/** What `openTabLink` needs: whose state, and what to do with the others' messages. */
export interface TabLinkOptions {
  /** Read on every message: the key may change while the tab is open. */
  scope: () => string;
  /** Longest deadline a message may set, from now. */
  maxWindowMs: number;
  onState(state: TabState): void;
  /** Another tab opened and asks for the current state. */
  onHello(): void;
  now?: () => number;
}

/** Joins the channel; `undefined` where the platform has none. */
export function openTabLink({ scope, maxWindowMs, onState, onHello, now = Date.now }: TabLinkOptions): TabLink | undefined {
  let port: TabPort | undefined;
  try {
    port = openPort(TAB_CHANNEL_NAME);
  } catch {
    // No channel: the tab keeps its own state.
  }
  if (!port) return undefined;
  const self = randomId();
  const listener = (event: { data: unknown }) => {
    const message = parseTabMessage(event.data, now(), maxWindowMs);
    if (!message || message.from === self || message.scope !== scope()) return;
    if (message.kind === 'hello') onHello();
    else onState(message.state);
  };
  port.addEventListener('message', listener);
  const send = (message: TabMessage) => {
    try {
      port?.postMessage(message);
    } catch {
      // A closed or broken channel: the tab keeps its own state.
    }
  };
  return {
    post: (state) => send({ v: 2, kind: 'state', scope: scope(), from: self, state }),
    hello: () => send({ v: 2, kind: 'hello', scope: scope(), from: self }),
    close() {
      port?.removeEventListener('message', listener);
      port?.close();
      port = undefined;
    },
  };
}

function randomId(): string {
  const random = globalThis.crypto?.randomUUID?.();
  return (random ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`).replace(/[^A-Za-z0-9_-]/g, '').slice(0, 64);
}

function isTime(value: unknown, now: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > now - MAX_AGE_MS;
}

/** A time that has come (no tab dates a change in the future). */
function isPast(value: unknown, now: number): value is number {
  return isTime(value, now) && value <= now;
}
