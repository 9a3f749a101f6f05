'use client';

import { useRef } from 'react';
import { useIsomorphicLayoutEffect } from '../../react/useIsomorphicLayoutEffect';

/**
 * For a state an action replaces (Retry, Try again): when it goes while it holds focus
 * (its button was pressed), focus moves to the heading of the content that takes its
 * place, once the page has updated; never left on `<body>` (WCAG 2.4.3). That heading is
 * the nearest visible one before the state (`before`: a state in place of content) or
 * after it (`after`: a page-wide banner above the content it reloads). Focus that went
 * elsewhere meanwhile stays there. Returns the ref for the state's root element.
 */
export function useFocusHandoff<T extends HTMLElement>(toward: 'before' | 'after' = 'before') {
  const ref = useRef<T>(null);
  useIsomorphicLayoutEffect(() => {
    const root = ref.current;
    return () => {
      // Runs while the state is still in the document (before React removes it).
      if (!root?.contains(document.activeElement)) return;
      const side = toward === 'before' ? Node.DOCUMENT_POSITION_FOLLOWING : Node.DOCUMENT_POSITION_PRECEDING;
      const headings = [...document.querySelectorAll<HTMLElement>('h1,h2,h3,h4,h5,h6')].filter(
        (candidate) => candidate.compareDocumentPosition(root) & side && !candidate.closest('[hidden]'),
      );
      const heading = toward === 'before' ? headings.pop() : headings[0];
      // After the commit: what replaced the state is in the document by then.
      queueMicrotask(() => {
        const active = document.activeElement;
        if (!heading?.isConnected || (active && active !== document.body)) return;
        heading.tabIndex = -1;
        heading.focus();
      });
    };
  }, []);
  return ref;
}
