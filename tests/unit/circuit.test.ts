import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { XModeError, createCircuit, createCooldown, createXModeClient, isOutage } from '../../src/core';

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
    const circuit = createCircuit({ baseMs: 1000 });
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

  it('should still admit the probe when its timer fires before the clock reaches the window end', async () => {
    // The clock the circuit reads lags 5 ms behind the timers (Node timers run on a cached loop clock).
    let skew = 0;
    const circuit = createCircuit({ baseMs: 100, now: () => Date.now() - skew });
    (await circuit.pass())('failed', outage);
    const admitted: string[] = [];
    void circuit.pass().then(() => admitted.push('probe'));
    skew = 5;
    await vi.advanceTimersByTimeAsync(100);
    expect(admitted).toEqual([]);
    await vi.advanceTimersByTimeAsync(5);
    expect(admitted).toEqual(['probe']);
  });

  it('should double the window when the probe fails, and ignore stale failures while open', async () => {
    const circuit = createCircuit({ baseMs: 1000 });
    const stale = await circuit.pass();
    (await circuit.pass())('failed', outage);
    stale('failed', outage); // a request sent before the circuit opened
    const probe = circuit.pass();
    await vi.advanceTimersByTimeAsync(1000);
    (await probe)('failed', outage);
    const next = circuit.pass();
    let admitted = false;
    void next.then(() => (admitted = true));
    await vi.advanceTimersByTimeAsync(1999);
    expect(admitted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(admitted).toBe(true);
  });

  it('should give the probe slot to the next waiter when the probe is cancelled', async () => {
    const circuit = createCircuit({ baseMs: 100 });
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
    const circuit = createCircuit({ baseMs: 10_000, maxWaitMs: 5000 });
    (await circuit.pass())('failed', outage);
    const controller = new AbortController();
    const aborted = circuit.pass(controller.signal);
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
    const timedOut = circuit.pass();
    const assertion = expect(timedOut).rejects.toMatchObject({ code: 'provider_timeout', hasServerMessage: false });
    await vi.advanceTimersByTimeAsync(5000);
    await assertion;
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

describe('isOutage', () => {
  it.each([
    ['provider_timeout', 500, true],
    ['provider_error', 500, true],
    ['unexpected_response', 502, true],
    ['unexpected_response', 503, true],
    ['internal_error', 500, false],
    ['validation_error', 400, false],
    ['rate_limited', 429, false],
  ] as const)('%s %i → %s', (code, status, expected) => {
    expect(isOutage(new XModeError({ code, status }))).toBe(expected);
  });
});

describe('createXModeClient with a circuit', () => {
  it('should send one probe per window during a 503 burst instead of every request', async () => {
    let failing = true;
    let sent = 0;
    const client = createXModeClient({
      baseUrl: 'http://x.test',
      cooldown: createCooldown(),
      circuit: createCircuit({ baseMs: 1000 }),
      fetch: async () => {
        sent += 1;
        return failing
          ? Response.json({ error: { code: 'provider_timeout', message: 'slow' } }, { status: 503 })
          : Response.json({ ok: true });
      },
    });
    const first = await Promise.allSettled(Array.from({ length: 5 }, () => client.get('/v1/x')));
    expect(first.every((r) => r.status === 'rejected')).toBe(true);
    expect(sent).toBe(5);
    // Five more requests queue behind the open circuit: one probe per window.
    const queued = Promise.allSettled(Array.from({ length: 5 }, () => client.get('/v1/x')));
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toBe(6); // the first probe, which fails: the window doubles
    failing = false;
    await vi.advanceTimersByTimeAsync(1999);
    expect(sent).toBe(6);
    await vi.advanceTimersByTimeAsync(1);
    const results = await queued;
    // The second probe succeeds and releases the other three at once.
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect(sent).toBe(10);
  });
});
