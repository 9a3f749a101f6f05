import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { XModeError, createCircuit, createCooldown, createXModeClient } from '../../src/core';

vi.mock('react', () => ({}));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const outage = new XModeError({ code: 'provider_timeout', status: 503 });

describe('createCircuit', () => {
  it('should let requests through while closed', async () => {
    const circuit = createCircuit();
    const ticket = await circuit.pass();
    ticket('ok');
    expect(circuit.state()).toBe('closed');
  });

  it('should hold requests after a failure, send one probe, then release all on its success', async () => {
    const circuit = createCircuit({ baseMs: 1000, random: () => 0.5 });
    (await circuit.pass())('failed', outage);
    expect(circuit.state()).toBe('open');
    const admitted: string[] = [];
    const waits = ['a', 'b', 'c'].map((name) => circuit.pass().then((ticket) => { admitted.push(name); return ticket; }));
    await vi.advanceTimersByTimeAsync(999);
    expect(admitted).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(admitted).toEqual(['a']);
    expect(circuit.state()).toBe('half-open');
    const probe = await waits[0]!;
    probe('ok');
    await Promise.all(waits);
    expect(admitted).toEqual(['a', 'b', 'c']);
    expect(circuit.state()).toBe('closed');
  });

  it('should keep windows short at first, then make each an eighth of the outage so far, up to maxMs', async () => {
    const circuit = createCircuit({ baseMs: 200, maxMs: 8000, random: () => 0.5 });
    const started = Date.now();
    (await circuit.pass())('failed', outage);
    const probesAt: number[] = [];
    while (Date.now() - started < 120_000) {
      const probe = circuit.pass();
      await vi.advanceTimersToNextTimerAsync();
      const ticket = await probe;
      probesAt.push(Date.now() - started);
      ticket('failed', outage);
    }
    const windows = probesAt.map((at, index) => at - (probesAt[index - 1] ?? 0));
    // 200 ms until the outage is 1.6 s old, then 1/8 of its age, never above 8 s.
    expect(windows.slice(0, 8)).toEqual([200, 200, 200, 200, 200, 200, 200, 200]);
    expect(windows[9]).toBe(225); // 1 800 ms into the outage
    expect(Math.max(...windows)).toBe(8000);
    expect(windows.every((window, index) => index === 0 || window >= windows[index - 1]!)).toBe(true);
  });

  it('should ignore failures of requests sent before the circuit opened', async () => {
    const circuit = createCircuit({ baseMs: 1000, random: () => 0.5 });
    const stale = await circuit.pass();
    (await circuit.pass())('failed', outage);
    const waiting = circuit.pass();
    stale('failed', outage); // sent before the circuit opened: no new window
    let admitted = false;
    void waiting.then(() => (admitted = true));
    await vi.advanceTimersByTimeAsync(1000);
    expect(admitted).toBe(true);
  });

  it('should vary windows by at most a fifth, so clients that failed together probe apart', async () => {
    const lengths: number[] = [];
    for (const draw of [0, 0.25, 0.5, 0.75]) {
      const circuit = createCircuit({ baseMs: 1000, random: () => draw });
      (await circuit.pass())('failed', outage);
      const started = Date.now();
      const probe = circuit.pass();
      await vi.advanceTimersToNextTimerAsync();
      await probe;
      lengths.push(Date.now() - started);
      circuit.clear();
    }
    expect(lengths).toEqual([800, 900, 1000, 1100]);
  });

  it('should admit the probe when the window timer fires a moment before the clock reaches the window end', async () => {
    // Date.now() and the timers' clock are different sources: here the circuit's clock reads
    // 1 ms behind the timers when the window's timer fires.
    let behind = 0;
    const circuit = createCircuit({ baseMs: 1000, now: () => Date.now() - behind, random: () => 0.5 });
    (await circuit.pass())('failed', outage);
    let admitted = false;
    const waiting = circuit.pass().then((ticket) => {
      admitted = true;
      return ticket;
    });
    behind = 1;
    await vi.advanceTimersByTimeAsync(1000);
    expect(admitted).toBe(true);
    expect(circuit.state()).toBe('half-open');
    await waiting;
  });

  it('should let the next waiter probe when a probe never reports (a lost request)', async () => {
    const circuit = createCircuit({ baseMs: 100, probeTimeoutMs: 5000, random: () => 0.5 });
    (await circuit.pass())('failed', outage);
    const lost = circuit.pass();
    const next = circuit.pass();
    let nextIn = false;
    void next.then(() => (nextIn = true));
    await vi.advanceTimersByTimeAsync(100);
    await lost;
    await vi.advanceTimersByTimeAsync(4999);
    expect(nextIn).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(nextIn).toBe(true);
  });

  it("should honour an outage's Retry-After as the window, up to maxWaitMs", async () => {
    const circuit = createCircuit({ baseMs: 200, maxWaitMs: 10_000, random: () => 0.5 });
    (await circuit.pass())('failed', new XModeError({ code: 'provider_timeout', status: 503, retryAfterMs: 3000 }));
    const admitted: number[] = [];
    const started = Date.now();
    const first = circuit.pass().then((ticket) => (admitted.push(Date.now() - started), ticket));
    await vi.advanceTimersByTimeAsync(2999);
    expect(admitted).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(admitted).toEqual([3000]);
    (await first)('failed', new XModeError({ code: 'unexpected_response', status: 503, retryAfterMs: 120_000 }));
    const second = circuit.pass().then((ticket) => (admitted.push(Date.now() - started), ticket));
    await vi.advanceTimersByTimeAsync(10_000);
    await second;
    expect(admitted).toEqual([3000, 13_000]); // 120 s asked, 10 s (maxWaitMs) waited
  });

  it('should tell a failed probe with requests behind it to wait again during the first holdMs of an outage, and not after', async () => {
    const circuit = createCircuit({ baseMs: 1000, holdMs: 3000, random: () => 0.5 });
    const opened = await circuit.pass();
    expect(opened('failed', outage)).toBe(false); // not a probe: its caller's retry policy decides
    const queue = [circuit.pass(), circuit.pass(), circuit.pass(), circuit.pass(), circuit.pass()];
    const answers: boolean[] = [];
    for (let window = 0; window < 4; window += 1) {
      await vi.advanceTimersByTimeAsync(1000);
      answers.push((await queue[window]!)('failed', outage));
    }
    expect(answers).toEqual([true, true, false, false]); // probes at 1 s and 2 s; 3 s is not within holdMs
  });

  it('should let a failed probe with nobody behind it fail to its caller', async () => {
    const circuit = createCircuit({ baseMs: 1000, random: () => 0.5 });
    (await circuit.pass())('failed', outage);
    const alone = circuit.pass();
    await vi.advanceTimersByTimeAsync(1000);
    expect((await alone)('failed', outage)).toBe(false);
  });

  it('should hold a request arriving after an idle window end for gatherMs, then send it first with the others behind it', async () => {
    const circuit = createCircuit({ baseMs: 1000, gatherMs: 100, random: () => 0.5 });
    (await circuit.pass())('failed', outage);
    await vi.advanceTimersByTimeAsync(1000); // the window ends; nobody waits
    const admitted: string[] = [];
    const first = circuit.pass().then((ticket) => (admitted.push('first'), ticket));
    await vi.advanceTimersByTimeAsync(50);
    const second = circuit.pass().then((ticket) => (admitted.push('second'), ticket));
    await vi.advanceTimersByTimeAsync(49);
    expect(admitted).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(admitted).toEqual(['first']);
    expect((await first)('failed', outage)).toBe(true); // the second waits behind it
    await vi.advanceTimersByTimeAsync(1000);
    expect(admitted).toEqual(['first', 'second']);
    await second;
  });

  it('should give the probe slot to the next waiter when the probe is cancelled', async () => {
    const circuit = createCircuit({ baseMs: 100, random: () => 0.5 });
    (await circuit.pass())('failed', outage);
    const first = circuit.pass();
    const second = circuit.pass();
    let secondIn = false;
    void second.then(() => (secondIn = true));
    await vi.advanceTimersByTimeAsync(100);
    (await first)('cancelled');
    await vi.advanceTimersByTimeAsync(0);
    expect(secondIn).toBe(true);
  });

  it('should reject a waiter on abort and after maxWaitMs with the failure that opened the circuit', async () => {
    const circuit = createCircuit({ baseMs: 3000, maxWaitMs: 5000, random: () => 0.5 });
    (await circuit.pass())('failed', outage);
    const controller = new AbortController();
    const aborted = circuit.pass(controller.signal);
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
    const probe = circuit.pass(); // goes at 3 s and stays out
    const timedOut = circuit.pass();
    const assertion = expect(timedOut).rejects.toMatchObject({ code: 'provider_timeout', hasServerMessage: false });
    await vi.advanceTimersByTimeAsync(5000);
    await assertion;
    await probe; // admitted at 3 s, still out
  });
});

describe('Circuit.hold, until and subscribe (what tabs share)', () => {
  it("should open a window for another tab's outage, tell when it ends, and never shorten one", async () => {
    const circuit = createCircuit({ baseMs: 1000, random: () => 0.5 });
    const changes: string[] = [];
    circuit.subscribe(() => changes.push(circuit.state()));
    expect(circuit.until()).toBe(0);

    circuit.hold(3_000);
    expect(circuit.state()).toBe('open');
    expect(circuit.until()).toBe(Date.now() + 3_000);
    circuit.hold(1_000);
    expect(circuit.until()).toBe(Date.now() + 3_000);
    let admitted = false;
    void circuit.pass().then(() => (admitted = true));
    await vi.advanceTimersByTimeAsync(2_999);
    expect(admitted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(admitted).toBe(true);
    expect(circuit.until()).toBe(0);

    circuit.clear();
    expect(changes).toEqual(['open', 'closed']);
  });

  it('should ignore a hold that is not a positive number, and cap one at maxWaitMs', () => {
    const circuit = createCircuit({ maxWaitMs: 5_000 });
    for (const ms of [0, -5, Number.NaN]) circuit.hold(ms);
    expect(circuit.state()).toBe('closed');
    circuit.hold(Number.POSITIVE_INFINITY);
    expect(circuit.until()).toBe(Date.now() + 5_000);
  });
});

describe('Circuit.probeNow', () => {
  it("should let a user's Retry through an open circuit at once, as the probe", async () => {
    const circuit = createCircuit({ baseMs: 8000 });
    (await circuit.pass())('failed', outage);
    let admitted = 0;
    const waits = [circuit.pass(), circuit.pass()].map((wait) => wait.then((ticket) => { admitted += 1; return ticket; }));
    circuit.probeNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(admitted).toBe(1);
    (await waits[0]!)('ok');
    await Promise.all(waits);
    expect(admitted).toBe(2);
  });
});

describe('createXModeClient with a circuit', () => {
  const burst = () => {
    const api = { failing: true, sent: [] as string[] };
    const client = createXModeClient({
      baseUrl: 'http://x.test',
      cooldown: createCooldown(),
      circuit: createCircuit({ baseMs: 1000, random: () => 0.5 }),
      fetch: async (_url, init) => {
        api.sent.push(init?.method ?? 'GET');
        return api.failing
          ? Response.json({ error: { code: 'provider_timeout', message: 'slow' } }, { status: 503 })
          : Response.json({ ok: true });
      },
    });
    return { api, client };
  };

  it('should send one probe per window during a 503 burst, holding a GET whose probe failed for the next one', async () => {
    const { api, client } = burst();
    const first = await Promise.allSettled(Array.from({ length: 5 }, () => client.get('/v1/x')));
    expect(first.every((r) => r.status === 'rejected')).toBe(true);
    expect(api.sent).toHaveLength(5);
    // Five more requests queue behind the open circuit: one probe per window.
    const queued = Promise.allSettled(Array.from({ length: 5 }, () => client.get('/v1/x')));
    await vi.advanceTimersByTimeAsync(1000);
    expect(api.sent).toHaveLength(6); // the first probe, which fails: it waits again, with the others
    api.failing = false;
    await vi.advanceTimersByTimeAsync(999);
    expect(api.sent).toHaveLength(6);
    await vi.advanceTimersByTimeAsync(1);
    const results = await queued;
    // The second probe succeeds and releases the other four at once; nobody saw the failed probe.
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect(api.sent).toHaveLength(11);
  });

  it('should fail a POST whose probe failed instead of sending it again', async () => {
    const { api, client } = burst();
    await expect(client.get('/v1/x')).rejects.toMatchObject({ code: 'provider_timeout' });
    const post = client.post('/v1/generations', { prompt: 'a cat' });
    const settled = post.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await settled).toMatchObject({ code: 'provider_timeout', status: 503 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(api.sent).toEqual(['GET', 'POST']);
  });
});
