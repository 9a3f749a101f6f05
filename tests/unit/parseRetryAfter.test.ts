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

describe('parseRetryAfter: an HTTP date against the server clock', () => {
  const SERVER_NOW = 'Wed, 25 Nov 2026 12:00:00 GMT';

  it.each([
    ['5 minutes fast', NOW + 5 * 60_000],
    ['5 minutes slow', NOW - 5 * 60_000],
    ['in sync', NOW],
  ])('should measure a date against the response Date header when the client clock is %s', (_label, clientNow) => {
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:30 GMT', clientNow, SERVER_NOW)).toBe(30_000);
  });

  it('should fall back to the client clock when the Date header is missing or not a date', () => {
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:30 GMT', NOW, null)).toBe(30_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:30 GMT', NOW, 'yesterday')).toBe(30_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:30 GMT', NOW, 'Wed, 31 Feb 2026 12:00:00 GMT')).toBe(30_000);
  });

  it('should not read delta-seconds against the Date header', () => {
    expect(parseRetryAfter('30', NOW + 5 * 60_000, SERVER_NOW)).toBe(30_000);
  });
});

describe('parseRetryAfter: impossible dates', () => {
  it.each([
    ['Wed, 31 Feb 2025 12:00:00 GMT'],
    ['Sat, 29 Feb 2025 12:00:00 GMT'],
    ['Thu, 31 Apr 2026 12:00:00 GMT'],
    ['Wed, 00 Nov 2026 12:00:00 GMT'],
    ['Wed, 25 Nov 2026 24:00:00 GMT'],
    ['Wed, 25 Nov 2026 12:60:00 GMT'],
    ['Wed, 25 Nov 2026 12:00:61 GMT'],
    ['Wed, 25 Foo 2026 12:00:00 GMT'],
    ['Wednesday, 31-Feb-25 12:00:00 GMT'],
    ['Wed Feb 31 12:00:00 2025'],
  ])('should reject %j instead of rolling it over', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });

  it('should accept 29 February of a leap year and a leap second', () => {
    const leapDay = Date.UTC(2028, 1, 29, 0, 0, 0);
    expect(parseRetryAfter('Tue, 29 Feb 2028 00:00:10 GMT', leapDay)).toBe(10_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:60 GMT', NOW)).toBe(60_000);
  });

  it('should accept a date whose weekday is wrong: the date alone is unambiguous', () => {
    // 25 Nov 2026 is a Wednesday. RFC 9110 gives the day name no meaning for a recipient;
    // rejecting would retry sooner than the server asked.
    expect(parseRetryAfter('Mon, 25 Nov 2026 12:00:30 GMT', NOW)).toBe(30_000);
  });

  it('should read a two-digit RFC 850 year as the nearest past century (RFC 9110 §5.6.7)', () => {
    expect(parseRetryAfter('Wednesday, 25-Nov-26 12:00:30 GMT', NOW)).toBe(30_000);
    expect(parseRetryAfter('Thursday, 25-Nov-99 12:00:30 GMT', NOW)).toBe(0);
  });
});

describe('parseRetryAfter: a header sent more than once (#22)', () => {
  it.each([
    ['120, 120', 120_000],
    ['120,120', 120_000],
    ['120, 5', 120_000],
    ['abc, 120', 120_000],
    [', 7', 7000],
    ['-5, 3', 3000],
    ['Wed, 25 Nov 2026 12:00:30 GMT, Wed, 25 Nov 2026 12:00:30 GMT', 30_000],
    ['Wed, 25 Nov 2026 12:00:30 GMT, 120', 30_000],
    ['120, Wed, 25 Nov 2026 12:00:30 GMT', 120_000],
    ['nonsense, Wed, 25 Nov 2026 12:00:10 GMT', 10_000],
    ['Wednesday, 25-Nov-26 12:01:00 GMT, 5', 60_000],
  ])('should take the first valid value of %j', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });

  it.each([[', '], ['abc, def'], ['-1, -2'], ['Wed, 31 Feb 2026 12:00:00 GMT, soon']])('should reject %j, which holds no valid value', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});

describe('parseRetryAfter: a Date header only when plausible (#22)', () => {
  const IN_30_S = 'Wed, 25 Nov 2026 12:00:30 GMT';

  it.each([
    ['1970', 'Thu, 01 Jan 1970 00:00:00 GMT'],
    ['a year ahead', 'Thu, 25 Nov 2027 12:00:00 GMT'],
    ['a day and a second behind', 'Tue, 24 Nov 2026 11:59:59 GMT'],
  ])('should measure from the local clock when the Date header is %s', (_label, date) => {
    expect(parseRetryAfter(IN_30_S, NOW, date)).toBe(30_000);
  });

  it('should believe a Date header up to a day away from the local clock', () => {
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:30 GMT', NOW, 'Tue, 24 Nov 2026 12:00:00 GMT')).toBe(DAY_AND_30_S);
  });

  it('should not turn a 1970 Date and a Retry-After 30 s after it into a wait', () => {
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:30 GMT', NOW, 'Thu, 01 Jan 1970 00:00:00 GMT')).toBe(0);
  });
});

/** 24 h + 30 s: the server says its now is a day behind ours, and its date is 30 s after our now. */
const DAY_AND_30_S = 24 * 60 * 60_000 + 30_000;
