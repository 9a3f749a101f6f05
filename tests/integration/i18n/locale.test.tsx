import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorState, OfflineBanner, RateLimitNotice, TopUpBanner } from '../../../src/components';
import { XModeError, defaultMessages, type XModeErrorCode } from '../../../src';
import { PSEUDO_LOCALE, pseudoLocalize } from '../../../src/testing/pseudoLocalize';
import { createMessageFormat } from '../../../src/react/messages';
import { englishFragments } from '../../support/englishFragments';
import { renderInProvider } from '../components/componentKit';
import { createKit } from '../xmodeTestKit';

const CODES = Object.keys(defaultMessages.errors).filter((code) => code !== 'storage_failed') as XModeErrorCode[];

describe('copy in the user’s language', () => {
  it('should format numbers and plurals in the provider’s locale', async () => {
    const kit = createKit();
    kit.account.setState({ paymentRequired: true });
    renderInProvider(<TopUpBanner balance={1250} />, kit, { locale: 'de-DE' });
    expect(await screen.findByText('Balance: 1.250 xTokens')).toBeInTheDocument();
    const polish = createMessageFormat('pl');
    const forms = { one: '# plik', few: '# pliki', many: '# plików', other: '# pliku' };
    expect([1, 3, 5].map((count) => polish.plural(count, forms))).toEqual(['1 plik', '3 pliki', '5 plików']);
  });

  it('should take a message function override with typed values and the locale’s plurals', () => {
    const kit = createKit();
    renderInProvider(<ErrorState error={new XModeError({ code: 'validation_error', status: 400, fields: Object.fromEntries(Array.from({ length: 23 }, (_, i) => [`f${i}`, 'x'])) })} />, kit, {
      locale: 'fr-FR',
      messages: { ui: { moreProblems: ({ count }, f) => f.plural(count, { one: 'Et # autre problème.', other: 'Et # autres problèmes.' }) } },
    });
    expect(screen.getByText('Et 3 autres problèmes.')).toBeInTheDocument();
  });

  it('should keep one string per meaning (no two defaults say the same thing)', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [section, strings] of Object.entries({ ui: defaultMessages.ui, forms: defaultMessages.forms, components: defaultMessages.components, images: defaultMessages.images, conflict: defaultMessages.conflict })) {
      for (const [key, value] of Object.entries(strings)) {
        if (typeof value !== 'string') continue;
        const other = seen.get(value);
        if (other) duplicates.push(`${other} = ${section}.${key}`);
        seen.set(value, `${section}.${key}`);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it.each(CODES)('should show %s with no default English in the pseudo-locale', async (code) => {
    const kit = createKit();
    const error = new XModeError({ code, status: 500, requestId: 'req_pseudo' });
    const { container } = renderInProvider(
      <>
        <OfflineBanner />
        <TopUpBanner balance={3} />
        <RateLimitNotice />
        <ErrorState error={error} onRetry={() => undefined} resource={{ kind: 'generation', id: 'gen_1' }} apiKeysHref="/keys" />
      </>,
      kit,
      { messages: pseudoLocalize(defaultMessages), locale: PSEUDO_LOCALE, topUpHref: '/billing', supportUrl: 'mailto:s@x.test' },
    );
    act(() => kit.account.setState({ paymentRequired: true }));
    await waitFor(() => expect(container.textContent).toMatch(/⟦/));
    const text = (container.textContent ?? '').replace(/\s+/g, ' ');
    expect(englishFragments().filter((fragment) => text.includes(fragment))).toEqual([]);
  });
});
