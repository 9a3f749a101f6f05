/**
 * Targets and expectations as JSON, for the page: a RegExp travels as its source and
 * flags. The Firefox/WebKit runner converts; the probe (tests/browsers/probe.ts) reads.
 */
import type { Expectation, Target, TextMatch } from '../flows/flow';

export type WireText = string | { source: string; flags: string };

export interface WireTarget {
  role?: string;
  name?: WireText;
  level?: number;
  label?: WireText;
  testId?: string;
  text?: WireText;
  css?: string;
  within?: WireTarget;
  hasText?: WireText;
  first?: boolean;
}

export interface WireExpectation {
  visible?: true;
  count?: number;
  countAtMost?: number;
  focused?: true;
  text?: WireText;
  textList?: WireText[];
  containsText?: WireText;
  value?: string;
  attribute?: string;
  equals?: string;
  description?: WireText;
}

export const toWireText = (match: TextMatch): WireText => (typeof match === 'string' ? match : { source: match.source, flags: match.flags });

export function toWireTarget(target: Target): WireTarget {
  const wire: WireTarget = {};
  if ('role' in target) {
    wire.role = target.role;
    if (target.name !== undefined) wire.name = toWireText(target.name);
    if (target.level !== undefined) wire.level = target.level;
  } else if ('label' in target) wire.label = toWireText(target.label);
  else if ('testId' in target) wire.testId = target.testId;
  else if ('text' in target) wire.text = toWireText(target.text);
  else wire.css = target.css;
  if (target.within) wire.within = toWireTarget(target.within);
  if (target.hasText !== undefined) wire.hasText = toWireText(target.hasText);
  if (target.first) wire.first = true;
  return wire;
}

export function toWireExpectation(is: Expectation): WireExpectation {
  if ('text' in is) return Array.isArray(is.text) ? { textList: is.text.map(toWireText) } : { text: toWireText(is.text as TextMatch) };
  if ('containsText' in is) return { containsText: toWireText(is.containsText) };
  if ('description' in is) return { description: toWireText(is.description) };
  return { ...is };
}

/** A target as a flow wrote it, for messages: `role=button "Retry" in role=main`. */
export function describeTarget(target: Target): string {
  const text = (match: TextMatch) => (typeof match === 'string' ? JSON.stringify(match) : String(match));
  let own: string;
  if ('role' in target) own = `role=${target.role}${target.name === undefined ? '' : ` ${text(target.name)}`}`;
  else if ('label' in target) own = `label ${text(target.label)}`;
  else if ('testId' in target) own = `testId ${target.testId}`;
  else if ('text' in target) own = `text ${text(target.text)}`;
  else own = `css ${target.css}`;
  if (target.hasText !== undefined) own += ` with text ${text(target.hasText)}`;
  if (target.first) own += ' (first)';
  return target.within ? `${own} in ${describeTarget(target.within)}` : own;
}
