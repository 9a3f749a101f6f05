'use client';

import { useCallback, useSyncExternalStore } from 'react';
import type { CatalogCode, Surface, XModeError } from '../core';
import { useXModeContext } from './context';

/**
 * Whether the page-wide `surface` (a banner) states the current cause of `code`: true when
 * it was decided for one of this tab's requests; `undefined` when none was decided here
 * (a flag another tab taught, a host that set it): the banner is all there is, so it
 * speaks too, in words that fit a tab that sent nothing; false when only a form's summary
 * states it: the banner then shows it quietly.
 */
export function useAnnounces(code: CatalogCode, surface: Surface): boolean | undefined {
  const { errors } = useXModeContext().runtime;
  const read = useCallback(() => {
    const causes = errors.list().filter((cause) => cause.error.code === code);
    return causes.length === 0 ? undefined : causes.some((cause) => cause.surface === surface);
  }, [errors, code, surface]);
  return useSyncExternalStore(errors.subscribe, read, read);
}

/**
 * Whether `error` ended a paid request with a server fault: it may or may not have gone
 * through (decided once, in the caches' `onError`, from `meta.xmode.paid`). Its state
 * then says to check before sending it again, and never offers to.
 */
export function useOutcomeUnknown(error: XModeError | null | undefined): boolean {
  const { errors } = useXModeContext().runtime;
  const read = useCallback(() => !!error && errors.list().some((cause) => cause.error === error && cause.outcomeUnknown), [errors, error]);
  return useSyncExternalStore(errors.subscribe, read, read);
}
