import type { CatalogCode } from '../../core';
import { componentMessages } from './componentMessages';
import { conflictMessages } from './conflictMessages';
import { errorMessages, type ErrorCopy, type ErrorCopyText, type ErrorCopyValues } from './errorMessages';
import { formMessages } from './formMessages';
import { imageMessages } from './imageMessages';
import { uiMessages } from './uiMessages';

type Strings<T> = { [K in keyof T]: string };

/**
 * Every user-facing string of the module, with English defaults, one file per area.
 * Override any subset through `<XModeErrorProvider messages={…}>`; keys are typed;
 * `{name}` placeholders are filled by `formatMessage`.
 */
export interface XModeMessages {
  errors: Record<CatalogCode, ErrorCopy>;
  ui: Strings<typeof uiMessages>;
  forms: Strings<typeof formMessages>;
  components: Strings<typeof componentMessages>;
  images: Strings<typeof imageMessages>;
  conflict: Strings<typeof conflictMessages>;
}

type StringSection = Exclude<keyof XModeMessages, 'errors'>;

/** Partial overrides: any error's title/description, any string of any area. */
export type XModeMessageOverrides = {
  errors?: Partial<Record<CatalogCode, Partial<ErrorCopy>>>;
} & { [S in StringSection]?: Partial<XModeMessages[S]> };

export const defaultMessages: XModeMessages = {
  errors: errorMessages,
  ui: uiMessages,
  forms: formMessages,
  components: componentMessages,
  images: imageMessages,
  conflict: conflictMessages,
};

const STRING_SECTIONS: readonly StringSection[] = ['ui', 'forms', 'components', 'images', 'conflict'];

/** Defaults with the host's overrides on top. */
export function mergeMessages(overrides?: XModeMessageOverrides): XModeMessages {
  if (!overrides) return defaultMessages;
  const errors = { ...defaultMessages.errors };
  for (const code of Object.keys(errors) as CatalogCode[]) {
    const override = overrides.errors?.[code];
    if (override) errors[code] = { ...errors[code], ...override };
  }
  const merged = { ...defaultMessages, errors };
  for (const section of STRING_SECTIONS) {
    Object.assign(merged, { [section]: { ...defaultMessages[section], ...overrides[section] } });
  }
  return merged;
}

/** Fills `{name}` placeholders; unknown placeholders stay as they are. */
export function formatMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}

export type { ErrorCopy, ErrorCopyText, ErrorCopyValues };
export { browserOnline, copyText, describeError, supportRequestId } from './describeError';
export type { ErrorLike } from './describeError';
export { formatClock, MAX_COUNTED_SECONDS } from './formatTime';
