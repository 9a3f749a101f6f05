import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogTable } from './catalogTable';

const README = new URL('../../README.md', import.meta.url);
/** The documents whose examples are files the host matrix builds (README: the embed; the guides: the fixtures). */
const DOCUMENTS = ['README.md', 'docs/nextjs.md', 'docs/vite.md'];
const START = '<!-- error-catalog:start (generated from errorCatalog by `npm run docs:catalog`; do not edit) -->';
const END = '<!-- error-catalog:end -->';

describe('README', () => {
  it('should hold the error catalog table exactly as errorCatalog makes it', () => {
    const readme = readFileSync(README, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, `README.md needs the markers ${START} … ${END}`).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const expected = `${START}\n${catalogTable()}\n${END}`;
    if (process.env.UPDATE_README === '1') {
      writeFileSync(README, readme.slice(0, start) + expected + readme.slice(end + END.length));
      return;
    }
    expect(readme.slice(start, end + END.length), 'run `npm run docs:catalog` to regenerate it').toBe(expected);
  });

  it.each(DOCUMENTS)('should show each compiled example of %s exactly as its file in the host fixtures', (doc) => {
    const text = readFileSync(new URL(`../../${doc}`, import.meta.url), 'utf8');
    // The fence may carry words after the language (`nocheck`, docs/contributing.md), and a
    // `<!-- snippet: … -->` name may stand between the marker and the fence.
    const examples = [...text.matchAll(/<!-- example: (\S+) -->\n(?:<!-- snippet: \S+ -->\n)?```tsx?(?: [^\n]*)?\n([\s\S]*?)\n```/g)];
    expect(examples.length, `${doc} shows no example from a fixture`).toBeGreaterThanOrEqual(1);
    for (const [, path, code] of examples) {
      const file = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8').trimEnd();
      expect(code, `${doc}: example ${path} differs from the file (the file is what the host matrix builds and runs)`).toBe(file);
    }
  });

  it('should show the two set-up commands under Develop', () => {
    const readme = readFileSync(README, 'utf8');
    const develop = readme.slice(readme.indexOf('\n## Develop\n'));
    const block = develop.slice(develop.indexOf('```sh'), develop.indexOf('```', develop.indexOf('```sh') + 5));
    expect(block).toMatch(/^npm install && npm run dev {3}#/m);
    expect(block).toMatch(/^npm test {21}#/m);
  });

  it('should stay short enough to read in five minutes (#24)', () => {
    expect(readFileSync(README, 'utf8').trimEnd().split('\n').length).toBeLessThanOrEqual(300);
  });
});
