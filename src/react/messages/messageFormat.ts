/** Plural forms of one message, by `Intl.PluralRules` category (`other` is required). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Locale-aware formatting handed to message functions: numbers, plural categories,
 * clock times and date-times, all in the provider's `locale` (default: the runtime's).
 */
export interface MessageFormat {
  readonly locale?: string;
  /** `1,250` in en, `1 250` in fr. */
  number(value: number): string;
  /** The form for `count` (`{ one: 'image', other: 'images' }`), `#` replaced by the formatted count. */
  plural(count: number, forms: PluralForms): string;
  /** "14:05" today, with the date on another day. */
  clock(epochMs: number): string;
  /** "25 Nov 2026, 15:21:07": enough to match a support log. */
  dateTime(epochMs: number): string;
}

/** Formatters for `locale` (`undefined`: the runtime's). Cheap; memoise per locale in components. */
export function createMessageFormat(locale?: string): MessageFormat {
  const numbers = new Intl.NumberFormat(locale);
  const rules = new Intl.PluralRules(locale);
  const dateTimes = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  const dayAndTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    locale,
    number: (value) => numbers.format(value),
    plural: (count, forms) => (forms[rules.select(count)] ?? forms.other).replace(/#/g, numbers.format(count)),
    // Today's time alone; another day's with its date. For waits too long to count in seconds.
    clock: (epochMs) => (new Date(epochMs).toDateString() === new Date().toDateString() ? time : dayAndTime).format(epochMs),
    dateTime: (epochMs) => dateTimes.format(epochMs),
  };
}
