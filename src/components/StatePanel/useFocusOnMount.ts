'use client';

import { useEffect, useRef } from 'react';

/**
 * Moves focus to the returned element once it has rendered (WCAG 2.4.3: a screen that
 * replaces content takes focus to its heading, which needs `tabIndex={-1}`).
 */
export function useFocusOnMount<T extends HTMLElement>(enabled: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}
