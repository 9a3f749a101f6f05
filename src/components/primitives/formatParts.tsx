import { Fragment, type ReactNode } from 'react';

/**
 * `formatMessage` for React nodes: fills `{name}` placeholders with elements (a `<time>`,
 * a link) so a translated template can put them anywhere. Unknown placeholders stay.
 */
export function formatParts(template: string, values: Record<string, ReactNode>): ReactNode {
  const parts = template.split(/(\{\w+\})/);
  return parts.map((part, index) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    const value = name !== undefined && Object.hasOwn(values, name) ? values[name] : part;
    return <Fragment key={index}>{value}</Fragment>;
  });
}
