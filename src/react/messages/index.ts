import type { CatalogCode } from '../../core';
import { componentMessages } from './componentMessages';
import { conflictMessages } from './conflictMessages';
import { errorMessages, type ErrorCopy, type ErrorCopyText, type ErrorCopyValues } from './errorMessages';
import { formMessages } from './formMessages';
import { imageMessages } from './imageMessages';
import { uiMessages } from './uiMessages';
import { createMessageFormat, type MessageFormat } from './messageFormat';
import { mergeErrorCopy } from './format';

/** A section as its defaults type it: strings stay strings, functions keep their typed values. */
type Section<T> = { [K in keyof T]: T[K] extends string ? string : T[K] };

/**
 * Every user-facing string of the module, with English defaults, one file per area.
 * Override any subset through `<XModeErrorProvider messages={…}>`; keys are typed.
 * A message is a template (`{name}` placeholders, filled by `formatMessage`) or, where
 * its values need the locale (counts, numbers, times), a function of typed values and
 * `MessageFormat` (`Intl.PluralRules`, `NumberFormat`, `DateTimeFormat`).
 */
export interface XModeMessages {
  errors: Record<CatalogCode, ErrorCopy>;
  ui: Section<typeof uiMessages>;
  forms: Section<typeof formMessages>;
  components: Section<typeof componentMessages>;
  images: Section<typeof imageMessages>;
  conflict: Section<typeof conflictMessages>;
  /** Numbers, plurals and times in the provider's `locale`, for message functions. */
  format: MessageFormat;
}

type StringSection = Exclude<keyof XModeMessages, 'errors' | 'format'>;

/** Partial overrides: any error's title/description, any string of any area. */
export type XModeMessageOverrides = {
  errors?: Partial<Record<CatalogCode, Partial<ErrorCopy>>>;
} & { [S in StringSection]?: Partial<XModeMessages[S]> };

export const defaultMessages: XModeMessages = {
  format: createMessageFormat(),
  errors: errorMessages,
  ui: uiMessages,
  forms: formMessages,
  components: componentMessages,
  images: imageMessages,
  conflict: conflictMessages,
};

const STRING_SECTIONS: readonly StringSection[] = ['ui', 'forms', 'components', 'images', 'conflict'];

/**
 * `base` (default: the English defaults) with the host's overrides on top; with `locale`,
 * numbers, plurals and times are formatted in it.
 */
export function mergeMessages(overrides?: XModeMessageOverrides, base: XModeMessages = defaultMessages, locale?: string): XModeMessages {
  if (!overrides && locale === undefined) return base;
  const merged = { ...base, errors: mergeErrorCopy(base.errors, overrides?.errors), format: locale === undefined ? base.format : createMessageFormat(locale) };
  for (const section of STRING_SECTIONS) {
    Object.assign(merged, { [section]: { ...base[section], ...overrides?.[section] } });
  }
  return merged;
}

export { formatMessage, formatWait, mergeErrorCopy } from './format';
export type { MessageFunction } from './format';

export type { ErrorCopy, ErrorCopyText, ErrorCopyValues };
export { browserOnline, describeError, supportRequestId } from './describeError';
export type { ErrorLike } from './describeError';
export { MAX_COUNTED_SECONDS } from './formatTime';
export { createMessageFormat } from './messageFormat';
export type { MessageFormat, PluralForms } from './messageFormat';
