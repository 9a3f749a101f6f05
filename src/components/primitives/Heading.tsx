import { forwardRef, type ComponentPropsWithoutRef } from 'react';

/** Heading levels a state may use; the page's own `<h1>` stays the host's. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Default level of every state's heading. */
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

/**
 * An `<h2>`…`<h6>` chosen by `level`, so a state fits the host's outline. `forwardRef`
 * (not `ref` as a prop) so focusing the heading works on React 18 too, as the peer range
 * promises.
 */
export const Heading = forwardRef<HTMLHeadingElement, { level: HeadingLevel } & ComponentPropsWithoutRef<'h2'>>(
  function Heading({ level, ...props }, ref) {
    const Tag = `h${level}` as const;
    return <Tag ref={ref} {...props} />;
  },
);
