import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** Files below `dir` (relative to the repo) whose name ends with one of `extensions`. */
function filesIn(dir: string, extensions: string[]): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .map((file) => `${dir}/${file.split('\\').join('/')}`)
    .filter((file) => extensions.some((extension) => file.endsWith(extension)));
}

const stylesheets = [...filesIn('src', ['.css']), ...filesIn('storybook', ['.css'])];
const tokenNames = new Set([...withoutComments(read('src/tokens.css')).matchAll(/(--xm-[\w-]+)\s*:/g)].map(([, name]) => name!));

describe('src/styles.css', () => {
  it('should @import the tokens, the primitives and every component stylesheet, since lib mode ships only this file', () => {
    const imported = new Set([...read('src/styles.css').matchAll(/@import '\.\/([^']+)';/g)].map((match) => match[1]));
    const expected = ['tokens.css', 'base.css', ...filesIn('src/components', ['.css']).map((file) => file.slice('src/'.length))];
    expect(filesIn('src/components', ['.css']).length).toBeGreaterThan(0);
    expect(expected.filter((file) => !imported.has(file))).toEqual([]);
  });
});

describe('one design system', () => {
  it('should give every stylesheet rules of its own (no file that only holds a comment)', () => {
    expect(stylesheets.filter((file) => withoutComments(read(file)).trim() === '')).toEqual([]);
  });

  it('should read tokens as plain var(--xm-…), with no fallback, outside src/tokens.css', () => {
    const fallbacks = stylesheets
      .filter((file) => file !== 'src/tokens.css')
      .flatMap((file) => [...withoutComments(read(file)).matchAll(/var\(\s*(--xm-[\w-]+)\s*,[^)]*\)/g)].map((match) => `${file}: ${match[0]}`));
    expect(fallbacks).toEqual([]);
  });

  it('should only read --xm-* variables that src/tokens.css defines', () => {
    const unknown = stylesheets.flatMap((file) =>
      [...withoutComments(read(file)).matchAll(/var\(\s*(--xm-[\w-]+)/g)]
        .map(([, name]) => name!)
        .filter((name) => !tokenNames.has(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(tokenNames.size).toBeGreaterThan(20);
    expect(unknown).toEqual([]);
  });

  it('should define --xm-* tokens in src/tokens.css only', () => {
    const elsewhere = stylesheets
      .filter((file) => file !== 'src/tokens.css')
      .flatMap((file) => [...withoutComments(read(file)).matchAll(/(--xm-[\w-]+)\s*:/g)].map(([, name]) => `${file}: ${name}`));
    expect(elsewhere).toEqual([]);
  });

  it('should style buttons in src/base.css only (one button primitive)', () => {
    const selectors = stylesheets
      .filter((file) => file !== 'src/base.css')
      .flatMap((file) => [...withoutComments(read(file)).matchAll(/([^{}@;]+)\{/g)].map(([, selector]) => `${file}: ${selector!.trim()}`))
      .filter((line) => /\bbutton\b|[\w-]button\b|__rerun\b|__dismiss\b/i.test(line.split(': ')[1]!))
      // A number field's spin buttons are parts of an <input>, not buttons.
      .filter((line) => !/^[^,]*::-webkit-(inner|outer)-spin-button(,[^,]*::-webkit-(inner|outer)-spin-button)*$/.test(line.split(': ')[1]!.replace(/\s+/g, '')))
      // sonner's own close button: only its size and place (a 24 px target inside the toast, #25).
      .filter((line) => !/^src\/components\/Toaster\/Toaster\.css: .*\[data-close-button\]$/.test(line));
    expect(selectors).toEqual([]);
  });

  it('should give every <button> of the module, the demo and the stories the .xm-button class', () => {
    const sources = ['src/components', 'src/react', 'src/demo', 'src/stories'].flatMap((dir) => filesIn(dir, ['.tsx']));
    const withoutClass = sources.flatMap((file) =>
      [...read(file).matchAll(/<button\b[\s\S]*?>/g)]
        .map(([tag]) => tag)
        // Read up to the first `>`: className comes before any arrow-function prop.
        .filter((tag) => !/className=\{?[^}]*xm-button/.test(tag) && !/className=\{classNames\('xm-button'/.test(tag))
        .map((tag) => `${file}: ${tag.slice(0, 80)}`),
    );
    expect(sources.length).toBeGreaterThan(10);
    expect(withoutClass).toEqual([]);
  });
});
