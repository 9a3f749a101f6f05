import type { BaseSyntheticEvent } from 'react';
import type { FieldValues, SubmitHandler } from 'react-hook-form';
import { isXModeError, type ServerErrors } from 'xmode-error-ui';

/** Class the dashboard forms give their `<ErrorSummary>`, so a failed client check can focus it. */
export const SUMMARY_CLASS = 'demo-error-summary';

/**
 * Submit for the dashboard's own forms (top-up, API key). `server.handleSubmit` ignores
 * submits while the module's shared `/v1` cooldown runs; these forms talk to
 * `/dashboard/*` through their own client and window, so a `/v1` 429 must not lock
 * them. Same rules otherwise: no double submit, server messages cleared first, focus on
 * the error summary after a failed check.
 */
export function useIndependentSubmit<TFieldValues extends FieldValues>(
  server: ServerErrors<TFieldValues>,
  options: { pending: boolean; reset?: () => void },
  onValid: SubmitHandler<TFieldValues>,
) {
  return (event?: BaseSyntheticEvent) => {
    event?.preventDefault?.();
    if (options.pending) return;
    const formElement = event?.currentTarget instanceof HTMLFormElement ? event.currentTarget : null;
    server.clear();
    options.reset?.();
    const run = server.form.handleSubmit(onValid, () => {
      requestAnimationFrame(() => formElement?.querySelector<HTMLElement>(`.${SUMMARY_CLASS}`)?.focus());
    });
    void run(event).catch((thrown: unknown) => {
      // A failed request is shown through the mutation's `error`.
      if (!isXModeError(thrown)) throw thrown;
    });
  };
}
