import type { CatalogCode } from '../../core';
import { errorMessages, type ErrorCopy } from './errorMessages';
import { uiMessages, type UiMessages } from './uiMessages';

/**
 * Every user-facing string of the module, with English defaults. Override any subset
 * through `<XModeErrorProvider messages={…}>`; keys are typed.
 */
export interface XModeMessages {
  errors: Record<CatalogCode, ErrorCopy>;
  ui: { [K in keyof UiMessages]: string };
}

/** Partial overrides: any error's title/description, any UI string. */
export interface XModeMessageOverrides {
  errors?: Partial<Record<CatalogCode, Partial<ErrorCopy>>>;
  ui?: Partial<XModeMessages['ui']>;
}

export const defaultMessages: XModeMessages = { errors: errorMessages, ui: uiMessages };

/** Defaults with the host's overrides on top. */
export function mergeMessages(overrides?: XModeMessageOverrides): XModeMessages {
  if (!overrides) return defaultMessages;
  const errors = { ...defaultMessages.errors };
  for (const code of Object.keys(errors) as CatalogCode[]) {
    const override = overrides.errors?.[code];
    if (override) errors[code] = { ...errors[code], ...override };
  }
  return { errors, ui: { ...defaultMessages.ui, ...overrides.ui } };
}

/** Fills `{name}` placeholders; unknown placeholders stay as they are. */
export function formatMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}

export type { ErrorCopy };
