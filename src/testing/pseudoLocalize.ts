import type { XModeMessageOverrides, XModeMessages } from '../react/messages';
import type { ErrorCopy, ErrorCopyText } from '../react/messages/errorMessages';

/** The pseudo-locale's tag (a private-use region: formats as English). */
export const PSEUDO_LOCALE = 'en-XA';

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

function pseudoValue<T>(value: T): T {
  if (typeof value === 'string') return pseudoText(value) as T;
  if (typeof value === 'function') {
    const wrapped = (...args: unknown[]) => pseudoText(String((value as (...a: unknown[]) => unknown)(...args)));
    return wrapped as T;
  }
  return value;
}

function pseudoCopy(text: ErrorCopyText): ErrorCopyText {
  return pseudoValue(text);
}

/**
 * Every message of `messages` in the pseudo-locale, as overrides for the provider
 * (`<XModeErrorProvider messages={pseudoLocalize(defaultMessages)} locale={PSEUDO_LOCALE}>`):
 * the demo's `?locale=en-XA` and the completeness tests use it.
 */
export function pseudoLocalize(messages: XModeMessages): XModeMessageOverrides {
  const errors = Object.fromEntries(
    Object.entries(messages.errors).map(([code, copy]: [string, ErrorCopy]) => [code, { title: pseudoCopy(copy.title), description: pseudoCopy(copy.description) }]),
  );
  const section = <S extends Record<string, unknown>>(strings: S) =>
    Object.fromEntries(Object.entries(strings).map(([key, value]) => [key, pseudoValue(value)])) as S;
  return {
    errors,
    ui: section(messages.ui),
    forms: section(messages.forms),
    components: section(messages.components),
    images: section(messages.images),
    conflict: section(messages.conflict),
  };
}
