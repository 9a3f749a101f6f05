import { describe, expect, it, vi } from 'vitest';
import { XModeError, isXModeError, toXModeError } from '../../src/core';
import { abortError } from '../../src/core/toXModeError';

vi.mock('react', () => ({}));

describe('toXModeError', () => {
  it('should return an XModeError as is', () => {
    const error = new XModeError({ code: 'conflict', status: 409 });
    expect(toXModeError(error)).toBe(error);
  });

  it.each([
    ['Failed to fetch'],
    ['Load failed'],
    ['NetworkError when attempting to fetch resource.'],
    ['fetch failed'],
    ['Network request failed'],
    ['The Internet connection appears to be offline.'],
  ])('should map a fetch TypeError %j to network_error with status 0', (message) => {
    const error = toXModeError(new TypeError(message));
    expect(error).toMatchObject({ code: 'network_error', status: 0, aborted: false });
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('should mark an AbortError as aborted', () => {
    const error = toXModeError(new DOMException('The user aborted a request.', 'AbortError'));
    expect(error).toMatchObject({ code: 'network_error', aborted: true });
  });

  it('should map a TimeoutError to timeout: not an abort, and not offline', () => {
    expect(toXModeError(new DOMException('signal timed out', 'TimeoutError'))).toMatchObject({ code: 'timeout', status: 0, aborted: false });
  });

  it.each([
    ["Cannot read properties of undefined (reading 'networkError')"],
    ['networkError is not a function'],
    ['Failed to fetch the user settings from localStorage'],
    ['fetch failed: config.baseUrl is undefined'],
  ])('should not take a programming error %j for a network failure', (message) => {
    expect(toXModeError(new TypeError(message)).code).toBe('unexpected_response');
  });

  it('should take only a TypeError for a network failure', () => {
    expect(toXModeError(new Error('Failed to fetch')).code).toBe('unexpected_response');
  });

  it('should read a parsed error body', () => {
    const error = toXModeError({ error: { code: 'payment_required', message: 'Top up', status: 402 } });
    expect(error).toMatchObject({ code: 'payment_required', message: 'Top up', status: 402 });
  });

  it('should map a programming error to unexpected_response, keeping a redacted copy as cause', () => {
    const thrown = new TypeError("Cannot read properties of undefined (reading 'x')");
    const error = toXModeError(thrown);
    expect(error.code).toBe('unexpected_response');
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(error.cause).toMatchObject({ name: 'TypeError', message: thrown.message, stack: thrown.stack });
  });

  it.each([[null], [undefined], ['a string'], [42], [Symbol('s')], [{ error: null }], [{ error: [] }]])(
    'should never throw for %s',
    (thrown) => {
      expect(isXModeError(toXModeError(thrown))).toBe(true);
    },
  );

  it('should not throw for an object whose getters throw', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, has: () => true });
    expect(toXModeError(hostile).code).toBe('unexpected_response');
  });

  it('should recognise an XModeError from another copy of the module by name', () => {
    const foreign = Object.assign(new Error('x'), { name: 'XModeError', code: 'conflict', fields: {} });
    expect(isXModeError(foreign)).toBe(true);
    expect(isXModeError(new Error('x'))).toBe(false);
  });

  it('should leave cause out of toJSON', () => {
    const error = new XModeError({ code: 'internal_error', status: 500, cause: new Error('secret xm_live_abc') });
    expect(JSON.stringify(error)).not.toContain('secret');
  });
});

describe('XModeError.hasServerMessage', () => {
  it('should be true only for text the server sent', async () => {
    const { errorFromResponse } = await import('../../src/core');
    const withText = await errorFromResponse(Response.json({ error: { code: 'conflict', message: 'Has running generations' } }, { status: 409 }));
    const withoutText = await errorFromResponse(new Response(null, { status: 409 }));
    expect(withText.hasServerMessage).toBe(true);
    expect(withoutText.hasServerMessage).toBe(false);
    expect(toXModeError(new DOMException('x', 'AbortError')).hasServerMessage).toBe(false);
    expect(toXModeError(new TypeError('Failed to fetch')).hasServerMessage).toBe(false);
  });
});

/** Every trap a value can be asked through, each throwing `what()`. */
function hostile(what: () => unknown = () => new Error('trap')): object {
  const trap = () => {
    throw what();
  };
  return new Proxy(
    {},
    {
      get: trap,
      has: trap,
      getPrototypeOf: trap,
      ownKeys: trap,
      getOwnPropertyDescriptor: trap,
      defineProperty: trap,
      set: trap,
      deleteProperty: trap,
      isExtensible: trap,
      preventExtensions: trap,
      setPrototypeOf: trap,
    },
  );
}

/** A Proxy whose every trap throws the Proxy itself: what is caught is as hostile as what was thrown. */
function selfThrowing(): object {
  const box: { proxy?: object } = {};
  box.proxy = hostile(() => box.proxy);
  return box.proxy;
}

/**
 * Calls `run` and says whether it threw, without ever formatting what was thrown: a
 * failing assertion that printed a hostile Proxy would crash the test worker instead of
 * failing the test.
 */
function attempt<T>(run: () => T): { threw: true } | { threw: false; value: T } {
  try {
    return { threw: false, value: run() };
  } catch {
    return { threw: true };
  }
}

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

describe('toXModeError: whatever fetch rejects with (#22)', () => {
  it.each([
    ['a string', () => 'socket hang up'],
    ['null', () => null],
    ['undefined', () => undefined],
    ['a number', () => 0],
    ['a symbol', () => Symbol('x')],
    ['a function', () => () => undefined],
    ['a Proxy whose every trap throws', () => hostile()],
    ['a Proxy whose every trap throws the Proxy itself', selfThrowing],
    ['a Proxy whose traps throw another such Proxy', () => hostile(selfThrowing)],
    ['a revoked Proxy', revoked],
    ['an object whose name getter throws a Proxy', () => ({ get name(): never { throw selfThrowing(); } })],
    ['a frozen Error with a throwing cause getter', () => Object.freeze(Object.defineProperty(new Error('x'), 'cause', { get() { throw selfThrowing(); } }))],
  ])('should end %s as an XModeError, never throwing', (_label, make) => {
    const result = attempt(() => toXModeError(make()));
    expect(result.threw).toBe(false);
    if (result.threw) return;
    const error = result.value;
    expect(error instanceof XModeError).toBe(true);
    expect(isXModeError(error)).toBe(true);
    expect(error.code).toBe('unexpected_response');
    expect(attempt(() => JSON.stringify(error)).threw).toBe(false);
  });

  it.each([
    ['a Proxy whose every trap throws', hostile],
    ['a Proxy whose every trap throws the Proxy itself', selfThrowing],
    ['a revoked Proxy', revoked],
  ])('should say false for %s from isXModeError, never throwing', (_label, make) => {
    const result = attempt(() => isXModeError(make()));
    expect(result).toEqual({ threw: false, value: false });
  });

  it.each([
    ['a Proxy whose every trap throws the Proxy itself', selfThrowing],
    ['a revoked Proxy', revoked],
    ['null', () => null],
  ])('should end an abort whose reason is %s as a silent abort', (_label, make) => {
    const result = attempt(() => abortError(make()));
    expect(result.threw).toBe(false);
    if (!result.threw) expect(result.value).toMatchObject({ code: 'network_error', aborted: true });
  });

  it('should build an XModeError whose cause is a hostile Proxy', () => {
    const result = attempt(() => new XModeError({ code: 'internal_error', status: 500, cause: selfThrowing() }));
    expect(result.threw).toBe(false);
    if (!result.threw) expect(result.value.cause).toBe('[unreadable]');
  });
});

describe('toXModeError: a parsed body that is not xMode\'s (#22)', () => {
  it.each([
    [429, 'rate_limited'],
    [402, 'unexpected_response'],
    [503, 'internal_error'],
  ] as const)('should classify one with an unknown code and status %i as %s, leaving its words out of the message', (status, code) => {
    const error = toXModeError({ error: { code: 'insufficient_quota', message: 'You exceeded your current quota', fields: { plan: 'free' }, status } });
    expect(error).toMatchObject({ code, status, hasServerMessage: false });
    expect(error.message).not.toContain('quota');
    expect({ ...error.fields }).toEqual({});
  });
});
