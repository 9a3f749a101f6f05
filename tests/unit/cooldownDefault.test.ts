import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCooldown } from '../../src/core';
import { DEFAULT_RATE_LIMIT_COOLDOWN_MS } from '../../src/core/cooldown';

vi.mock('react', () => ({}));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Cooldown.start without a length', () => {
  it('should open the default window of a 429 that named no Retry-After', () => {
    const cooldown = createCooldown();
    cooldown.start(undefined);
    expect(cooldown.until() - Date.now()).toBe(DEFAULT_RATE_LIMIT_COOLDOWN_MS);
  });
});
