import { describe, expect, it, vi } from 'vitest';
import { createXModeClient, isXModeError } from '../../src/core';

vi.mock('react', () => ({}));

/** A value that throws on every way of looking at it. */
function hostileProxy(): unknown {
  const boom = () => {
    throw new Error('gotcha');
  };
  return new Proxy({}, { get: boom, has: boom, getPrototypeOf: boom, ownKeys: boom, getOwnPropertyDescriptor: boom });
}

describe('createXModeClient: fetch rejecting with anything (#22)', () => {
  it.each([
    ['a string', () => 'offline?'],
    ['null', () => null],
    ['undefined', () => undefined],
    ['a number', () => 42],
    ['a Proxy that throws on every access', hostileProxy],
  ])('should end as an XModeError when fetch rejects with %s', async (_name, make) => {
    const client = createXModeClient({ baseUrl: 'https://api.test', fetch: () => Promise.reject(make()) });
    const error = await client.get('/v1/balance').then(
      () => new Error('the request should have failed'),
      (thrown: unknown) => thrown,
    );
    expect(isXModeError(error)).toBe(true);
    expect(client.windows.rateLimit.active()).toBe(false);
  });

  it('should end as an XModeError when fetch itself throws synchronously', async () => {
    const client = createXModeClient({
      baseUrl: 'https://api.test',
      fetch: () => {
        throw hostileProxy();
      },
    });
    await expect(client.get('/v1/balance')).rejects.toMatchObject({ name: 'XModeError' });
  });
});
