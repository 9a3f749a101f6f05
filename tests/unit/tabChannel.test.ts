import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { openTabLink, parseTabMessage, tabScope } from '../../src/core/tabChannel';

vi.mock('react', () => ({}));

const NOW = Date.UTC(2026, 11, 1, 12);
const MAX = 600_000;

describe('parseTabMessage', () => {
  it('should never throw and never let a deadline reach past the cap, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true }), fc.double(), (state, until) => {
        const change = { state: 'open', until };
        for (const data of [
          state,
          { v: 2, kind: 'state', scope: 'abc', from: 'x', state },
          { v: 2, kind: 'state', scope: 'abc', from: 'x', state: { windows: { rateLimit: change, outage: change, provider: change } } },
        ]) {
          const message = parseTabMessage(data, NOW, MAX);
          if (message?.kind === 'state') {
            for (const window of Object.values(message.state.windows ?? {})) expect(window.until).toBeLessThanOrEqual(NOW + MAX);
          }
        }
      }),
    );
  });

  it('should keep the known parts of a valid message and drop the rest', () => {
    const message = parseTabMessage(
      {
        v: 2,
        kind: 'state',
        scope: 'abc',
        from: 'tab1',
        extra: 'x',
        state: {
          windows: { rateLimit: { state: 'open', until: NOW + 3_000, note: 'x' }, outage: { state: 'ended', until: NOW }, gate: { state: 'open', until: NOW + 1 } },
          flags: { blocked: { on: true, at: NOW - 5, note: 'x' }, admin: { on: true, at: NOW } },
        },
      },
      NOW,
      MAX,
    );
    expect(message).toEqual({
      v: 2,
      kind: 'state',
      scope: 'abc',
      from: 'tab1',
      state: { windows: { rateLimit: { state: 'open', until: NOW + 3_000 }, outage: { state: 'ended', until: NOW } }, flags: { blocked: { on: true, at: NOW - 5 } } },
    });
  });

  it('should clamp a window said to last longer than the cap to the cap', () => {
    const message = parseTabMessage({ v: 2, kind: 'state', scope: 'abc', from: 'tab1', state: { windows: { rateLimit: { state: 'open', until: NOW + 10 * MAX } } } }, NOW, MAX);
    expect(message).toEqual({ v: 2, kind: 'state', scope: 'abc', from: 'tab1', state: { windows: { rateLimit: { state: 'open', until: NOW + MAX } } } });
  });

  it.each([
    ['a change dated in the future', { flags: { blocked: { on: true, at: NOW + 1 } } }],
    ['a change older than a day', { flags: { blocked: { on: true, at: NOW - 86_400_001 } } }],
    ['a window in a state no tab sends', { windows: { rateLimit: { state: 'half-open', until: NOW + 10 } } }],
    ['a window whose end is no time', { windows: { outage: { state: 'open', until: 'soon' } } }],
  ])('should drop %s', (_label, state) => {
    expect(parseTabMessage({ v: 2, kind: 'state', scope: 'abc', from: 'tab1', state }, NOW, MAX)).toEqual({ v: 2, kind: 'state', scope: 'abc', from: 'tab1', state: {} });
  });

  it("should read a paid request's send: an id and a time that has come, nothing else (#21)", () => {
    const read = (sent: unknown) => parseTabMessage({ v: 2, kind: 'state', scope: 'abc', from: 'tab1', state: { sent } }, NOW, MAX);
    expect(read({ id: '0123456789abcdef', at: NOW - 5, prompt: 'A fox' })).toEqual({ v: 2, kind: 'state', scope: 'abc', from: 'tab1', state: { sent: { id: '0123456789abcdef', at: NOW - 5 } } });
    for (const sent of [{ id: 'a b', at: NOW }, { id: '', at: NOW }, { id: 'abc', at: NOW + 1 }, { id: 'abc', at: 'now' }, { id: 'abc', at: NOW - 86_400_001 }, ['abc', NOW], 'abc']) {
      expect(read(sent)).toEqual({ v: 2, kind: 'state', scope: 'abc', from: 'tab1', state: {} });
    }
  });

  it('should refuse a message of the previous version (v1: cooldownUntil, circuitUntil)', () => {
    expect(parseTabMessage({ v: 1, kind: 'state', scope: 'abc', from: 'tab1', state: { cooldownUntil: NOW + 3_000 } }, NOW, MAX)).toBeUndefined();
  });
});

describe('tabScope', () => {
  it('should tell keys and base URLs apart without containing either', () => {
    const key = 'xm_live_abcdefgh12345678';
    const scope = tabScope('https://api.test', key);
    expect(scope).toMatch(/^[0-9a-f]{16}$/);
    expect(scope).toBe(tabScope('https://api.test', key));
    expect(scope).not.toBe(tabScope('https://api.test', 'xm_live_abcdefgh12345679'));
    expect(scope).not.toBe(tabScope('https://other.test', key));
  });
});

describe('openTabLink', () => {
  it('should open nothing on a server, though Node has a BroadcastChannel', () => {
    expect(typeof BroadcastChannel).toBe('function');
    expect(openTabLink({ scope: () => 'abc', maxWindowMs: MAX, onState: () => undefined, onHello: () => undefined })).toBeUndefined();
  });
});
