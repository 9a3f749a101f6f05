import { describe, expect, it, vi } from 'vitest';
import { errorCatalog, errorVoice, voiceFor, type CatalogCode, type VoiceContext } from '../../src/core';

// The core is framework-free: this table must not need React.
vi.mock('react', () => ({}));

const codes = Object.keys(errorCatalog) as CatalogCode[];
const contexts: VoiceContext[] = ['form', 'page', 'background'];

describe('errorVoice', () => {
  it('should name one voice for every code of the catalog in every context', () => {
    expect(Object.keys(errorVoice).sort()).toEqual([...codes].sort());
    for (const code of codes) for (const context of contexts) expect(typeof errorVoice[code][context]).toBe('string');
  });

  it.each(codes.filter((code) => errorCatalog[code].surface !== 'screen' && code !== 'storage_failed'))(
    'should let the form summary speak for %s when a form shows it',
    (code) => {
      expect(voiceFor(code, 'form')).toBe('summary');
    },
  );

  it('should never toast what a form or a state on the page shows', () => {
    const toasted = codes.flatMap((code) => (['form', 'page'] as const).filter((context) => voiceFor(code, context) === 'toast').map((context) => `${code} in ${context}`));
    expect(toasted).toEqual([]);
  });

  it('should give the page-wide banner the voice of payment and offline outside a form, and never fall back to a toast', () => {
    for (const code of ['payment_required', 'network_error'] as const) {
      expect(voiceFor(code, 'page', () => false)).toBe('banner');
      expect(voiceFor(code, 'background', () => false)).toBe('banner');
    }
  });

  it('should let the countdown notice speak for a 429 window, or the one toast when no notice is mounted', () => {
    expect(voiceFor('rate_limited', 'background', () => true)).toBe('notice');
    expect(voiceFor('rate_limited', 'background', () => false)).toBe('toast');
    expect(voiceFor('rate_limited', 'form', () => false)).toBe('summary');
  });

  it('should keep screens for a blocked account and a revoked key, and the image grid for storage_failed', () => {
    for (const context of contexts) {
      expect(voiceFor('account_blocked', context)).toBe('screen');
      expect(voiceFor('unauthorized', context)).toBe('screen');
      expect(voiceFor('storage_failed', context)).toBe('image');
    }
  });

  it('should toast a failure nothing on screen shows', () => {
    expect(voiceFor('internal_error', 'background')).toBe('toast');
    expect(voiceFor('provider_error', 'background')).toBe('toast');
  });
});
