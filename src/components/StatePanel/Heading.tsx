import type { ComponentPropsWithRef } from 'react';

/** Heading levels a state may use; the page's own `<h1>` stays the host's. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Default level of every state's heading. */
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

/** An `<h2>`…`<h6>` chosen by `level`, so a state fits the host's outline. */
export function Heading({ level, ...props }: { level: HeadingLevel } & ComponentPropsWithRef<'h2'>) {
  const Tag = `h${level}` as const;
  return <Tag {...props} />;
}
