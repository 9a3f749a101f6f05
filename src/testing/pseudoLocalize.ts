import type { XModeMessageOverrides, XModeMessages } from '../react/messages';
import type { ErrorCopy, ErrorCopyText } from '../react/messages/errorMessages';

/** The pseudo-locale's tag (a private-use region: formats as English). */
export const PSEUDO_LOCALE = 'en-XA';

/**
 * The right-to-left pseudo-locale's tag, as Android's: English words shown mirrored, so a
 * page laid out for left-to-right shows at a glance (formats as Arabic). Render it with
 * `dir="rtl"` on the page.
 */
export const PSEUDO_RTL_LOCALE = 'ar-XB';

/** The pseudo-locales `pseudoLocalize` makes. */
export type PseudoLocale = typeof PSEUDO_LOCALE | typeof PSEUDO_RTL_LOCALE;

// Unicode bidi controls: right-to-left override, pop directional formatting, right-to-left mark.
const RLO = '\u202E';
const PDF = '\u202C';
const RLM = '\u200F';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'áƀçðéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'][index] as string,
  ]),
);

/** How much longer pseudo text is than the English, as a fraction (translations run ~40 % longer). */
const EXPANSION = 0.4;

/**
 * "Retry" → "⟦Ŕéţŕý ŀŏŏ⟧": letters accented (placeholders `{name}` kept), padded ~40 %
 * longer with breakable filler, bracketed so clipped or concatenated text shows. A
 * development aid: English that reaches the page unaccented was not translatable.
 */
function pseudoText(text: string): string {
  const accented = text.replace(/(\{\w+\})|([A-Za-z])/g, (match, placeholder: string | undefined) => placeholder ?? ACCENTED[match] ?? match);
  const visible = text.replace(/\{\w+\}/g, '').length;
  const pad = Math.ceil(visible * EXPANSION);
  const filler = pad > 0 ? ` ${'ŀŏŏ ŕéɱ '.repeat(Math.ceil(pad / 8)).slice(0, pad).trim()}` : '';
  return `⟦${accented}${filler}⟧`;
}

/**
 * "Retry now" → RLM, RLO "Retry" PDF, RLO "now" PDF, RLM (shown "yrteR won", right to left): every word in a
 * right-to-left override, the whole in right-to-left marks; placeholders `{name}` and
 * numbers kept as they are (a value is not mirrored), as Android's `ar-XB`.
 */
function mirroredText(text: string): string {
  return `${RLM}${text.replace(/(\{\w+\})|[^\s{}]*\p{L}[^\s{}]*/gu, (match, placeholder: string | undefined) => placeholder ?? `${RLO}${match}${PDF}`)}${RLM}`;
}

function pseudoValue<T>(value: T, toPseudo: (text: string) => string): T {
  if (typeof value === 'string') return toPseudo(value) as T;
  if (typeof value === 'function') {
    const wrapped = (...args: unknown[]) => toPseudo(String((value as (...a: unknown[]) => unknown)(...args)));
    return wrapped as T;
  }
  return value;
}

/**
 * Every message of `messages` in a pseudo-locale, as overrides for the provider
 * (`<XModeErrorProvider messages={pseudoLocalize(defaultMessages)} locale="en-XA">`):
 * `en-XA` (default) accents every letter and makes the text ~40 % longer, to show
 * untranslated and clipped copy; `ar-XB` mirrors every word, to show a layout that does
 * not follow `dir="rtl"`. The demo's `?locale=` and the completeness tests use it.
 *
 * @example
 * <html dir="rtl"> … <XModeErrorProvider messages={pseudoLocalize(defaultMessages, 'ar-XB')} locale="ar-XB">
 */
export function pseudoLocalize(messages: XModeMessages, locale: PseudoLocale = PSEUDO_LOCALE): XModeMessageOverrides {
  const toPseudo = locale === PSEUDO_RTL_LOCALE ? mirroredText : pseudoText;
  const pseudoCopy = (text: ErrorCopyText): ErrorCopyText => pseudoValue(text, toPseudo);
  const errors = Object.fromEntries(
    Object.entries(messages.errors).map(([code, copy]: [string, ErrorCopy]) => [code, { title: pseudoCopy(copy.title), description: pseudoCopy(copy.description) }]),
  );
  const section = <S extends Record<string, unknown>>(strings: S) =>
    Object.fromEntries(Object.entries(strings).map(([key, value]) => [key, pseudoValue(value, toPseudo)])) as S;
  return {
    errors,
    ui: section(messages.ui),
    forms: section(messages.forms),
    components: section(messages.components),
    images: section(messages.images),
    conflict: section(messages.conflict),
  };
}
