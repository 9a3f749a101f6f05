import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSnippets, documents, extractSnippets } from '../../scripts/docSnippets.mjs';

const root = new URL('../..', import.meta.url).pathname;

const GUIDE = [
  '# Guide', //                                   1
  '', //                                          2
  '```sh', //                                     3
  'npm install xmode-error-ui', //                4
  '```', //                                       5
  '', //                                          6
  '<!-- snippet: lib/client.ts -->', //           7
  '```ts', //                                     8
  'export const baseUrl: string = "/api";', //    9
  '```', //                                       10
  '', //                                          11
  '1. A step in a list:', //                      12
  '   ```tsx', //                                 13
  "   import { baseUrl } from './lib/client';", // 14
  '   const url: number = baseUrl;', //           15
  '   ```', //                                    16
  '', //                                          17
  '```tsx nocheck — only the props', //          18
  '<Provider api={xmode} />', //                  19
  '```', //                                       20
  '', //                                          21
  '~~~typescript', //                             22
  'const answer = xmode.get();', //               23
  '~~~', //                                       24
].join('\n');

describe('extractSnippets', () => {
  it('should find the ts, tsx and typescript fences with the line of their first code line', () => {
    const snippets = extractSnippets(GUIDE, 'docs/guide.md');
    expect(snippets.map(({ line, lang, check, name, indent }) => ({ line, lang, check, name, indent }))).toEqual([
      { line: 9, lang: 'ts', check: true, name: 'lib/client.ts', indent: 0 },
      { line: 14, lang: 'tsx', check: true, name: undefined, indent: 3 },
      { line: 19, lang: 'tsx', check: false, name: undefined, indent: 0 },
      { line: 23, lang: 'ts', check: true, name: undefined, indent: 0 },
    ]);
    expect(snippets[1]?.code).toBe("import { baseUrl } from './lib/client';\nconst url: number = baseUrl;");
  });

  it('should not end a fence at a shorter one inside it', () => {
    const snippets = extractSnippets(['````md', '```tsx', 'broken(', '```', '````', '```ts', 'const a = 1;', '```'].join('\n'), 'x.md');
    expect(snippets.map((snippet) => snippet.code)).toEqual(['const a = 1;']);
  });
});

// TypeScript programs over the DOM and ES libs: seconds on a loaded 2-core machine.
const PROGRAM_TIMEOUT_MS = 120_000;

describe('checkSnippets', { timeout: PROGRAM_TIMEOUT_MS }, () => {
  const project = mkdtempSync(join(tmpdir(), 'xmode-snippets-'));
  copyFileSync(join(root, 'tests/hosts/docs/tsconfig.json'), join(project, 'tsconfig.json'));
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('should report each error at the line and column the reader sees, skip nocheck, and let snippets import a named one', () => {
    const result = checkSnippets({ project, snippets: extractSnippets(GUIDE, 'docs/guide.md') });
    expect(result).toMatchObject({ checked: 3, skipped: 1 });
    expect(result.problems).toEqual([
      "docs/guide.md:15:10 TS2322 Type 'string' is not assignable to type 'number'.\n      const url: number = baseUrl;",
      "docs/guide.md:23:16 TS2304 Cannot find name 'xmode'.\n      const answer = xmode.get();",
    ]);
  });

  it('should check each document alone: what one declares does not help another', () => {
    const declares = extractSnippets('```ts\ndeclare global { var keyStore: { current: string } }\n```', 'docs/a.md');
    const uses = extractSnippets('```ts\nexport const key: string = keyStore.current;\n```', 'docs/b.md');
    expect(checkSnippets({ project, snippets: [...declares, ...uses] }).problems).toEqual([
      "docs/b.md:2:28 TS2304 Cannot find name 'keyStore'.\n      export const key: string = keyStore.current;",
    ]);
    expect(checkSnippets({ project, snippets: [...declares, ...uses.map((snippet) => ({ ...snippet, doc: 'docs/a.md', name: 'b.ts' }))] }).problems).toEqual([]);
  });

  it('should refuse a snippet name outside the document folder and a name given twice', () => {
    const named = (name: string) => ({ ...extractSnippets('```ts\nexport {};\n```', 'docs/c.md')[0]!, name });
    expect(checkSnippets({ project, snippets: [named('../escape.ts'), named('a.ts'), named('a.ts'), named('notes.md')] }).problems).toEqual([
      'docs/c.md:1: <!-- snippet: ../escape.ts --> must name a .ts/.tsx file inside the document\'s folder',
      'docs/c.md:1: two snippets of this document are named a.ts',
      "docs/c.md:1: <!-- snippet: notes.md --> must name a .ts/.tsx file inside the document's folder",
    ]);
  });
});

describe("the repository's documents", () => {
  it('should include README.md and docs/testing.md, whose snippets are all checked', () => {
    expect(documents(root)).toEqual(expect.arrayContaining(['README.md', 'docs/testing.md', 'docs/contributing.md']));
    const testing = extractSnippets(readFileSync(join(root, 'docs/testing.md'), 'utf8'), 'docs/testing.md');
    expect(testing.length).toBeGreaterThanOrEqual(4);
    expect(testing.filter((snippet) => !snippet.check)).toEqual([]);
  });
});
