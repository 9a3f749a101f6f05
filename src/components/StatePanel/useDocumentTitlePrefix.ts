'use client';

import { useEffect } from 'react';

// How many mounted states ask for the prefix, and the prefix this module added (if any):
// two screens at once still give one "Error: ", and the last to go removes it.
let holders = 0;
let added: string | null = null;

/**
 * Prefixes `document.title` (e.g. "Error: Billing") while a whole-page error is shown,
 * and removes the prefix afterwards. A title the host changed meanwhile keeps the host's
 * words; a title that already starts with the prefix is left alone.
 */
export function useDocumentTitlePrefix(prefix: string, enabled: boolean): void {
  useEffect(() => {
    if (!enabled || typeof document === 'undefined') return undefined;
    holders += 1;
    if (holders === 1 && !document.title.startsWith(prefix)) {
      document.title = `${prefix}${document.title}`;
      added = prefix;
    }
    return () => {
      holders -= 1;
      if (holders > 0 || added === null) return;
      if (document.title.startsWith(added)) document.title = document.title.slice(added.length);
      added = null;
    };
  }, [prefix, enabled]);
}
