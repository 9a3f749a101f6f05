import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The one token file, shipped inside `xmode-error-ui/styles.css`.
const css = readFileSync(new URL('../../src/tokens.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The body of the first rule whose selector (whitespace collapsed) is `selector`. */
function ruleBody(selector: string): string {
  const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)];
  const found = rules.find(([, head]) => head!.replace(/\s+/g, ' ').trim() === selector);
  if (!found) throw new Error(`no rule for ${selector}`);
  return found[2]!;
}

function declarations(body: string): Record<string, string> {
  return Object.fromEntries([...body.matchAll(/(--xm-[\w-]+)\s*:([^;]*);/g)].map(([, name, value]) => [name!, value!.trim()]));
}

const COLOUR = /^var\(--xm-theme-light, (#[0-9a-f]{6})\) var\(--xm-theme-dark, (#[0-9a-f]{6})\)$/i;
const colours = declarations(ruleBody(":root, .xm-light, .xm-dark, [data-theme='light'], [data-theme='dark']"));
const light: Record<string, string> = {};
const dark: Record<string, string> = {};
for (const [name, value] of Object.entries(colours)) {
  const match = COLOUR.exec(value);
  if (match) {
    light[name] = match[1]!;
    dark[name] = match[2]!;
  }
}

/** WCAG 2.2 relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = Number.parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const AA_TEXT = 4.5;
const AA_NON_TEXT = 3;
const STATUSES = ['danger', 'warning', 'success', 'info'] as const;
const BACKGROUNDS = ['bg', 'surface'] as const;

// [foreground, background, minimum ratio]
const PAIRS: [string, string, number][] = [
  ...BACKGROUNDS.flatMap((bg): [string, string, number][] => [
    ['text', bg, AA_TEXT],
    ['text-muted', bg, AA_TEXT],
    ['accent', bg, AA_TEXT],
    ['border', bg, AA_NON_TEXT],
    ['focus', bg, AA_NON_TEXT],
    ...STATUSES.map((status): [string, string, number] => [status, bg, AA_TEXT]),
  ]),
  ['on-accent', 'accent', AA_TEXT],
  ...STATUSES.flatMap((status): [string, string, number][] => [
    [status, `${status}-surface`, AA_TEXT],
    ['text', `${status}-surface`, AA_TEXT],
    // Links and outlined buttons sit on the state panels and banners.
    ['accent', `${status}-surface`, AA_TEXT],
    ['border', `${status}-surface`, AA_NON_TEXT],
    ['focus', `${status}-surface`, AA_NON_TEXT],
  ]),
];

describe('src/tokens.css', () => {
  it('should write every colour once, as a light and a dark value', () => {
    const names = Object.keys(colours);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !COLOUR.test(colours[name]!))).toEqual([]);
  });

  it('should declare each colour token in one rule only', () => {
    const declared = [...css.matchAll(/(--xm-color-[\w-]+)\s*:/g)].map(([, name]) => name!);
    expect(declared.filter((name, index) => declared.indexOf(name) !== index)).toEqual([]);
  });

  it('should flip the same two switches for dark under the OS preference and under the hook', () => {
    const lightSwitch = declarations(ruleBody(":root, .xm-light, [data-theme='light']"));
    const darkByHook = declarations(ruleBody(".xm-dark, [data-theme='dark']"));
    const darkByMedia = declarations(ruleBody(":root:not(.xm-light):not([data-theme='light'])"));
    expect(lightSwitch).toEqual({ '--xm-theme-light': 'initial', '--xm-theme-dark': '' });
    expect(darkByHook).toEqual({ '--xm-theme-light': '', '--xm-theme-dark': 'initial' });
    expect(darkByMedia).toEqual(darkByHook);
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)\s*\{\s*:root:not\(\.xm-light\)/);
  });

  describe.each([
    ['light', light],
    ['dark', dark],
  ])('%s theme', (_theme, tokens) => {
    it.each(PAIRS)('should give %s on %s a contrast of at least %s:1', (fg, bg, minimum) => {
      const foreground = tokens[`--xm-color-${fg}`];
      const background = tokens[`--xm-color-${bg}`];
      expect(foreground).toMatch(/^#[0-9a-f]{6}$/i);
      expect(background).toMatch(/^#[0-9a-f]{6}$/i);
      expect(contrast(foreground!, background!)).toBeGreaterThanOrEqual(minimum);
    });
  });
});
