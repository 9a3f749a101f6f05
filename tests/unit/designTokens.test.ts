import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The stylesheet the package ships as `xmode-error-ui/styles.css`.
const css = readFileSync(new URL('../../src/styles.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The `--xm-*` declarations of the first rule whose selector starts with `selector`. */
function tokensOf(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  if (start < 0) throw new Error(`no rule for ${selector}`);
  const open = css.indexOf('{', start);
  const body = css.slice(open + 1, css.indexOf('}', open));
  return Object.fromEntries([...body.matchAll(/(--xm-[\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]));
}

const light = tokensOf(':root,\n.xm-light');
const darkByMedia = tokensOf(":root:not(.xm-light):not([data-theme='light'])");
const darkByHook = tokensOf('.xm-dark,\n[data-theme=\'dark\']');

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
    ['focus', `${status}-surface`, AA_NON_TEXT],
  ]),
];

describe('styles.css design tokens', () => {
  it('should give the dark media query and the .xm-dark hook the same values', () => {
    expect(darkByMedia).toEqual(darkByHook);
  });

  it('should define every colour token in both themes', () => {
    expect(Object.keys(darkByHook).sort()).toEqual(Object.keys(light).sort());
    expect(Object.keys(light).length).toBeGreaterThan(0);
  });

  describe.each([
    ['light', light],
    ['dark', darkByHook],
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
