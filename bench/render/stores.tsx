import { createContext, useContext, useEffect, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import { XModeError, createXModeClient } from '../../src/core';
import { XModeErrorProvider } from '../../src/components';
import { createXModeQueryClient, useAccountState, useWait, type AccountState } from '../../src/react';
import { initialAccountState } from '../../src/react/accountStore';
import { Probe } from './probe';

/** The id each measured component reports its renders under. */
interface ProbeProps {
  id: string;
}

/** What each phase of the scenario does to the account state. */
export interface Driver {
  block(): Promise<void>;
  requirePayment(): Promise<void>;
  /** A 429 with `Retry-After` of `ms`. */
  rateLimit(ms: number): Promise<void>;
  endCooldown(): Promise<void>;
}

/** The components one store setup provides: 100 of them read a slice no phase changes. */
export interface Setup {
  Provider: (props: { children: ReactNode }) => ReactNode;
  NonReader: (props: ProbeProps) => ReactNode;
  BlockedReader: (props: ProbeProps) => ReactNode;
  PaymentReader: (props: ProbeProps) => ReactNode;
  CountdownReader: (props: ProbeProps) => ReactNode;
  driver: Driver;
  /** Drops what outlives the test (React Query's 5 min gc timers). */
  dispose(): void;
}

const selectOffline = (state: AccountState) => state.offline;
const selectBlocked = (state: AccountState) => state.blocked;
const selectPaymentRequired = (state: AccountState) => state.paymentRequired;

/**
 * The module, end to end: errors go through the query cache (which sets the account
 * store), a 429 opens the API client's window, components read slices with
 * `useAccountState(selector)` and the wait with `useWait()`.
 */
export function moduleSetup(): Setup {
  const api = createXModeClient({ baseUrl: 'http://bench.invalid' });
  const client = createXModeQueryClient({ api });
  const { rateLimit } = api.windows;
  let failures = 0;
  const fail = async (error: XModeError) => {
    failures += 1;
    await client.fetchQuery({ queryKey: ['bench', failures], queryFn: () => Promise.reject(error), retry: false }).catch(() => undefined);
  };
  return {
    // No sonner <Toaster />: jsdom has no matchMedia, and toasts are not what is counted.
    Provider: ({ children }) => (
      <XModeErrorProvider client={client} toaster={false}>
        {children}
      </XModeErrorProvider>
    ),
    NonReader: ({ id }) => <Probe id={id}>{String(useAccountState(selectOffline))}</Probe>,
    BlockedReader: ({ id }) => <Probe id={id}>{String(useAccountState(selectBlocked))}</Probe>,
    PaymentReader: ({ id }) => <Probe id={id}>{String(useAccountState(selectPaymentRequired))}</Probe>,
    CountdownReader: ({ id }) => <Probe id={id}>{useWait().secondsLeft}</Probe>,
    driver: {
      block: () => fail(new XModeError({ code: 'account_blocked', status: 401 })),
      requirePayment: () => fail(new XModeError({ code: 'payment_required', status: 402 })),
      rateLimit: async (ms) => rateLimit.open(ms),
      endCooldown: async () => rateLimit.close(),
    },
    dispose: () => client.clear(),
  };
}

interface NaiveState extends AccountState {
  secondsLeft: number;
  rateLimitedUntil: number;
}

interface NaiveValue {
  state: NaiveState;
  setState: Dispatch<SetStateAction<NaiveState>>;
}

/** The store teams write first: the whole state in one context value, a ticking countdown in it. */
export function naiveSetup(): Setup {
  const NaiveContext = createContext<NaiveValue | null>(null);
  const useNaive = () => {
    const value = useContext(NaiveContext);
    if (!value) throw new Error('outside NaiveProvider');
    return value.state;
  };
  let setState: Dispatch<SetStateAction<NaiveState>> = () => undefined;
  const patch = async (next: Partial<NaiveState>) => setState((state) => ({ ...state, ...next }));

  function NaiveProvider({ children }: { children: ReactNode }) {
    const [state, set] = useState<NaiveState>({ ...initialAccountState, secondsLeft: 0, rateLimitedUntil: 0 });
    useEffect(() => {
      setState = set;
    }, [set]);
    const until = state.rateLimitedUntil;
    useEffect(() => {
      if (!until) return;
      const timer = setInterval(() => set((current) => ({ ...current, secondsLeft: Math.max(0, Math.ceil((until - Date.now()) / 1000)) })), 1000);
      return () => clearInterval(timer);
    }, [until]);
    return <NaiveContext.Provider value={{ state, setState: set }}>{children}</NaiveContext.Provider>;
  }

  return {
    Provider: NaiveProvider,
    NonReader: ({ id }) => <Probe id={id}>{String(useNaive().offline)}</Probe>,
    BlockedReader: ({ id }) => <Probe id={id}>{String(useNaive().blocked)}</Probe>,
    PaymentReader: ({ id }) => <Probe id={id}>{String(useNaive().paymentRequired)}</Probe>,
    CountdownReader: ({ id }) => <Probe id={id}>{useNaive().secondsLeft}</Probe>,
    driver: {
      block: () => patch({ blocked: true }),
      requirePayment: () => patch({ paymentRequired: true }),
      rateLimit: (ms) => patch({ rateLimitedUntil: Date.now() + ms, secondsLeft: Math.ceil(ms / 1000) }),
      endCooldown: () => patch({ rateLimitedUntil: 0, secondsLeft: 0 }),
    },
    dispose: () => undefined,
  };
}
