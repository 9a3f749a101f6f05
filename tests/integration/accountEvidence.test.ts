import { describe, expect, it } from 'vitest';
import { createAccountStore } from '../../src/react/accountStore';
import { createKeptRequestStore, requestDigest, type KeptRequestStorage } from '../../src/react/keptRequest';

const NOW = Date.UTC(2026, 11, 1, 12);

describe('the account store: the newer evidence wins (#21)', () => {
  it('should apply evidence from `at` only when nothing newer is known, and count it even when the value stays', () => {
    const account = createAccountStore();
    account.setState({ unauthorized: true }, NOW);
    // A success of a request sent before the 401: older, ignored.
    account.setState({ unauthorized: false }, NOW - 1);
    expect(account.getState().unauthorized).toBe(true);
    // One sent after it: newer, applied.
    account.setState({ unauthorized: false }, NOW + 1);
    expect(account.getState().unauthorized).toBe(false);
    expect(account.changedAt('unauthorized')).toBe(NOW + 1);
    // More evidence for the same value moves its time on: an older 401 can no longer win.
    account.setState({ unauthorized: false }, NOW + 5);
    account.setState({ unauthorized: true }, NOW + 3);
    expect(account.getState().unauthorized).toBe(false);
    expect(account.changedAt('unauthorized')).toBe(NOW + 5);
  });

  it('should always apply news without `at` (a local 401, a saved key), whatever the clock says', () => {
    const account = createAccountStore();
    account.setState({ unauthorized: false }, Date.now() + 60_000);
    account.setState({ unauthorized: true });
    expect(account.getState().unauthorized).toBe(true);
  });
});

describe('the kept request: sent at most once (#21)', () => {
  const request = { mutationKey: ['generations', 'create'], variables: { prompt: 'A fox', imageCount: 2 }, submittedAt: NOW };
  const id = requestDigest(request.mutationKey, request.variables);

  it('should give equal requests one id, whatever the order of their keys, and different ones another', () => {
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(requestDigest(['generations', 'create'], { imageCount: 2, prompt: 'A fox' })).toBe(id);
    expect(requestDigest(['generations', 'create'], { prompt: 'A fox', imageCount: 3 })).not.toBe(id);
    expect(requestDigest(['generations', 'other'], request.variables)).not.toBe(id);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(requestDigest(['x'], cycle)).toBe('');
  });

  it('should be used up by a send of an equal request after it was kept, not by the send that was refused', () => {
    const kept = createKeptRequestStore(createAccountStore());
    kept.keep({ ...request, id });
    kept.sent(id, NOW); // the 402's own send
    expect(kept.get()?.id).toBe(id);
    kept.sent(requestDigest(['generations', 'create'], { prompt: 'A wolf', imageCount: 2 }), NOW + 1);
    expect(kept.get()?.id).toBe(id);
    kept.sent(id, NOW + 2);
    expect(kept.get()).toBeUndefined();
    expect(kept.lastSent()).toEqual({ id, at: NOW + 2 });
  });

  it('should persist what it keeps (redacted) and forget it in storage once used up', () => {
    let stored: string | null = null;
    const storage: KeptRequestStorage = { read: () => stored, write: (value) => (stored = value) };
    const kept = createKeptRequestStore(createAccountStore(), storage);
    kept.keep({ ...request, variables: { prompt: 'xm_live_abcdefgh12345678' }, id });
    expect(stored).toContain('xm_[redacted]');
    expect(createKeptRequestStore(createAccountStore(), storage).get()?.id).toBe(id);
    kept.sent(id, NOW + 1);
    expect(stored).toBeNull();
  });

  it.each([['not json'], ['{"mutationKey":"x","submittedAt":1,"id":"a"}'], ['{"mutationKey":[],"submittedAt":"1","id":"a"}'], ['{"mutationKey":[],"submittedAt":1}']])(
    'should restore nothing from %s',
    (raw) => {
      expect(createKeptRequestStore(createAccountStore(), { read: () => raw, write: () => undefined }).get()).toBeUndefined();
    },
  );
});
