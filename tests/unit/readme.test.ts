import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogTable } from './catalogTable';

const README = new URL('../../README.md', import.meta.url);
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

  it('should show each compiled example exactly as its file in the consumer fixture', () => {
    const readme = readFileSync(README, 'utf8');
    // The fence may carry words after the language (`nocheck`, docs/contributing.md).
    const examples = [...readme.matchAll(/<!-- example: (\S+) -->\n```tsx?(?: [^\n]*)?\n([\s\S]*?)\n```/g)];
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const [, path, code] of examples) {
      const file = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8').trimEnd();
      expect(code, `README example ${path} differs from the file (the file is what the consumer fixture compiles)`).toBe(file);
    }
  });

  it('should start with the two set-up commands', () => {
    const readme = readFileSync(README, 'utf8');
    const firstBlock = readme.slice(readme.indexOf('```sh'), readme.indexOf('```', readme.indexOf('```sh') + 5));
    expect(firstBlock).toContain('npm install && npm run dev');
    expect(firstBlock).toContain('npm test');
  });
});
