import type { CatalogCode } from '../../core';
import type { ErrorCopy } from './errorMessages';
import { MAX_COUNTED_SECONDS } from './formatTime';
import { createMessageFormat, type MessageFormat } from './messageFormat';

// Formatting and merging that need none of the default strings: the toaster and the
// primitives import this, not ./index, so an app that renders only the provider does not
// ship every component's copy.

/** A message function: typed values in, the reader's words out. */
export type MessageFunction<V> = (values: V, format: MessageFormat) => string;

/**
 * A message with its values: a function is called with them and `format`; a template
 * gets its `{name}` placeholders filled (unknown ones stay as they are).
 */
export function formatMessage<V extends Record<string, string | number>>(
  message: string | MessageFunction<V>,
  values: V,
  format?: MessageFormat,
): string {
  if (typeof message === 'function') return message(values, format ?? createMessageFormat());
  return message.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : match));
}

/**
 * A wait as the reader hears it: counted (`counted`, "in 42 s") up to
 * `MAX_COUNTED_SECONDS`, past that the time it ends (`later`, "after 14:05"), never
 * "in 2147484 s".
 */
export function formatWait(
  wait: { seconds: number; until: number },
  counted: string | MessageFunction<{ seconds: number }>,
  later: string | MessageFunction<{ time: string }>,
  format: MessageFormat,
): string {
  return wait.seconds > MAX_COUNTED_SECONDS
    ? formatMessage(later, { time: format.clock(wait.until) }, format)
    : formatMessage(counted, { seconds: wait.seconds }, format);
}

/** `base` error copy with each override's title/description laid over its code's. */
export function mergeErrorCopy(
  base: Record<CatalogCode, ErrorCopy>,
  overrides: Partial<Record<CatalogCode, Partial<ErrorCopy>>> | undefined,
): Record<CatalogCode, ErrorCopy> {
  const errors = { ...base };
  for (const code of Object.keys(errors) as CatalogCode[]) {
    const override = overrides?.[code];
    if (override) errors[code] = { ...errors[code], ...override };
  }
  return errors;
}
