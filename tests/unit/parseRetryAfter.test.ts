import { describe, expect, it, vi } from 'vitest';
import { parseRetryAfter } from '../../src/core';
import { MAX_TIMEOUT_MS } from '../../src/core/parseRetryAfter';

vi.mock('react', () => ({}));

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);

describe('parseRetryAfter', () => {
  it.each([
    ['0', 0],
    ['1', 1000],
    ['120', 120_000],
    [' 7 ', 7000],
    ['007', 7000],
    ['99999999999', MAX_TIMEOUT_MS],
  ])('should read delta-seconds %j as %i ms', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });

  it.each([['-5'], ['abc'], [''], ['0x10'], ['1e3'], ['1abc'], ['Infinity'], ['1.5'], ['+3'], [null], [undefined]])(
    'should reject %j',
    (value) => {
      expect(parseRetryAfter(value, NOW)).toBeUndefined();
    },
  );

  it('should read a future IMF-fixdate as the time until it', () => {
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:30 GMT', NOW)).toBe(30_000);
  });

  it('should read the obsolete RFC 850 and asctime forms', () => {
    expect(parseRetryAfter('Wednesday, 25-Nov-26 12:01:00 GMT', NOW)).toBe(60_000);
    expect(parseRetryAfter('Wed Nov 25 12:00:10 2026', NOW)).toBe(10_000);
  });

  it('should give 0 for a date in the past', () => {
    expect(parseRetryAfter('Tue, 24 Nov 2026 12:00:00 GMT', NOW)).toBe(0);
  });

  it('should cap a date years away at the setTimeout limit', () => {
    expect(parseRetryAfter('Fri, 01 Jan 2100 00:00:00 GMT', NOW)).toBe(MAX_TIMEOUT_MS);
  });

  it('should reject dates in other formats', () => {
    expect(parseRetryAfter('2026-11-25T12:00:30Z', NOW)).toBeUndefined();
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:30 PST', NOW)).toBeUndefined();
  });
});
