/** A probe that has not reported after this long is presumed lost, in ms. */
export const PROBE_TIMEOUT_MS = 30_000;
/** For this long into an episode (outage, 429s), a failed probe with others behind it may wait again, in ms. */
export const HOLD_MS = 8_000;
/** A request arriving after a window ended with nobody waiting waits this long for company, in ms. */
export const GATHER_MS = 100;

/** A request let through: with a token when it goes as the probe, without when everyone goes. */
type Admit = (token: object | undefined) => void;

/** What a probe line needs from its owner (a cooldown or a circuit). */
export interface ProbeLineOptions {
  /** True once the owner's window has ended, so a probe may go. */
  canProbe: () => boolean;
  /** After this long without a report, a probe is presumed lost and the next waiter goes. */
  probeTimeoutMs: number;
  /** A request arriving after a window ended with nobody waiting goes as the probe this long later. */
  gatherMs: number;
}

/** A waiter's deadline: after `ms` it leaves the line with `error()`. */
export interface LineDeadline {
  ms: number;
  error: () => unknown;
}

/**
 * The requests a cooldown or a circuit holds back, in arrival order, and its one probe
 * slot. When a window ends the first waiter goes alone (the probe); the owner then admits
 * the rest or opens a new window. A probe that never reports frees the slot after
 * `probeTimeoutMs`. When a window ends with nobody waiting, the next request waits
 * `gatherMs` for company, so the requests arriving just after it wait behind it instead of
 * each going (and failing) alone.
 */
export function createProbeLine({ canProbe, probeTimeoutMs, gatherMs }: ProbeLineOptions) {
  const waiters: Admit[] = [];
  let probe: object | undefined; // the probe's token while it is out
  let probeTimer: ReturnType<typeof setTimeout> | undefined;
  let idle = false; // the window ended with nobody waiting
  let gatherTimer: ReturnType<typeof setTimeout> | undefined;

  const freeProbe = () => {
    probe = undefined;
    clearTimeout(probeTimer);
  };
  const stopGathering = () => {
    idle = false;
    clearTimeout(gatherTimer);
    gatherTimer = undefined;
  };
  const takeProbe = () => {
    const token = {};
    probe = token;
    probeTimer = setTimeout(() => {
      if (probe !== token) return;
      freeProbe();
      admitProbe();
    }, probeTimeoutMs);
    return token;
  };
  const admitProbe = () => {
    if (!canProbe() || probe) return;
    waiters.shift()?.(takeProbe());
  };

  return {
    /** Requests waiting behind the probe (or for the window). */
    get waiting(): number {
      return waiters.length;
    },
    isProbe: (token: object | undefined) => token !== undefined && token === probe,
    /** The window ended: the first waiter goes as the probe. */
    windowEnded() {
      idle = waiters.length === 0;
      admitProbe();
    },
    /** A window opened or the line closed: no probe is out any more, nobody gathers. */
    reset() {
      freeProbe();
      stopGathering();
    },
    /** The probe brought no news (cancelled): the next waiter goes instead. */
    release(token: object | undefined) {
      if (token === undefined || token !== probe) return;
      freeProbe();
      admitProbe();
    },
    /** A user's Retry: a probe goes now, without gathering. */
    probeNow() {
      stopGathering();
      admitProbe();
    },
    /** Lets every waiter go, none as the probe. */
    releaseAll() {
      freeProbe();
      stopGathering();
      waiters.splice(0).forEach((admit) => admit(undefined));
    },
    /** The probe's token when a request may go first at once; undefined when it must `join()`. */
    tryProbe(): object | undefined {
      if (!canProbe() || probe) return undefined;
      if (!idle) return takeProbe();
      gatherTimer ??= setTimeout(() => {
        stopGathering();
        admitProbe();
      }, gatherMs);
      return undefined;
    },
    /** Waits in line; resolves with the probe's token or undefined, rejects on abort or at `deadline`. */
    join(signal: AbortSignal | undefined, deadline?: LineDeadline): Promise<object | undefined> {
      return new Promise((resolve, reject) => {
        const leave = () => {
          const index = waiters.indexOf(admit);
          if (index >= 0) waiters.splice(index, 1);
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
        };
        const onAbort = () => {
          leave();
          reject(signal?.reason);
        };
        const timer = deadline
          ? setTimeout(() => {
              leave();
              reject(deadline.error());
            }, deadline.ms)
          : undefined;
        const admit: Admit = (token) => {
          leave();
          resolve(token);
        };
        waiters.push(admit);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
}
