// The TS/TSX snippets of README.md and docs/**/*.md, typechecked as a reader would paste
// them (docs/contributing.md, "Code in the docs"). scripts/test-hosts.mjs runs the check in
// the `docs-snippets` host: a throwaway project (tests/hosts/docs) with the packed package
// installed, so a snippet compiles against the types users get, not against src/.
//
// - Every ```ts / ```tsx / ```typescript fence is checked, each as its own module
//   (`snippet-<line>.tsx`), strict, with tests/hosts/docs/tsconfig.json.
// - ```tsx nocheck (the word anywhere after the language) skips an intentionally partial one.
// - <!-- snippet: lib/upstream.ts --> on the line before the fence names its file, so the
//   other snippets of the same document can import it (`from './lib/upstream'`).
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, relative, sep } from 'node:path';
import ts from 'typescript';

const LANGUAGES = { ts: 'ts', typescript: 'ts', mts: 'ts', cts: 'ts', tsx: 'tsx' };
const FENCE = /^(\s*)(`{3,}|~{3,})(.*)$/;
const NAME = /^\s*<!--\s*snippet:\s*(\S+)\s*-->\s*$/;
/** Where the snippets are written, inside the project. */
export const SNIPPET_DIR = 'snippets';

/**
 * The TS/TSX code blocks of one Markdown document.
 * @param {string} markdown
 * @param {string} doc the document's path, for messages (e.g. `docs/testing.md`)
 * @returns {{ doc: string, line: number, indent: number, lang: 'ts' | 'tsx', check: boolean, name?: string, code: string }[]}
 *   `line` is the 1-based line of the first code line; `indent` the columns removed from each line.
 */
export function extractSnippets(markdown, doc) {
  const lines = markdown.split(/\r?\n/);
  const snippets = [];
  for (let index = 0; index < lines.length; index += 1) {
    const open = FENCE.exec(lines[index]);
    if (!open) continue;
    const [, indent, fence, info] = open;
    if (fence[0] === '`' && info.includes('`')) continue; // inline code, not a fence
    const close = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    let end = index + 1;
    while (end < lines.length && !close.test(lines[end])) end += 1;
    const [word = '', ...rest] = info.trim().split(/\s+/);
    const lang = LANGUAGES[word.toLowerCase()];
    if (lang) {
      const previous = index > 0 ? NAME.exec(lines[index - 1]) : null;
      const code = lines
        .slice(index + 1, end)
        .map((line) => (line.slice(0, indent.length).trim() === '' ? line.slice(indent.length) : line.trimStart()))
        .join('\n');
      snippets.push({
        doc,
        line: index + 2,
        indent: indent.length,
        lang,
        check: !rest.includes('nocheck'),
        ...(previous ? { name: previous[1] } : {}),
        code,
      });
    }
    index = end;
  }
  return snippets;
}

/** README.md and every docs/**\/*.md of `repo`, as repo-relative paths. */
export function documents(repo) {
  const found = ['README.md'];
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(join(repo, dir), { withFileTypes: true });
    } catch {
      return; // no docs/ yet
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) found.push(path);
    }
  };
  walk('docs');
  return found;
}

/** `docs/testing.md` → `docs-testing`: one directory per document, so its snippets can import each other. */
const slug = (doc) => doc.replace(/\.md$/i, '').replace(/[^A-Za-z0-9]+/g, '-');

/**
 * Writes the checked snippets into `project/snippets/` and typechecks them with the
 * project's tsconfig.json and node_modules.
 * @param {{ project: string, snippets: ReturnType<typeof extractSnippets> }} options
 * @returns {{ checked: number, skipped: number, problems: string[] }} one problem per diagnostic:
 *   `doc:line:column TS1234 message` and the offending line.
 */
export function checkSnippets({ project, snippets }) {
  const root = join(project, SNIPPET_DIR);
  rmSync(root, { recursive: true, force: true });
  const problems = [];
  const files = new Map(); // absolute path → snippet
  for (const snippet of snippets.filter((candidate) => candidate.check)) {
    const dir = join(root, slug(snippet.doc));
    const name = snippet.name ?? `snippet-${snippet.line}.${snippet.lang}`;
    const file = normalize(join(dir, name));
    if (isAbsolute(snippet.name ?? '') || !file.startsWith(dir + sep) || !/\.(tsx?|mts|cts)$/.test(file)) {
      problems.push(`${snippet.doc}:${snippet.line - 1}: <!-- snippet: ${snippet.name} --> must name a .ts/.tsx file inside the document's folder`);
      continue;
    }
    if (files.has(file)) {
      problems.push(`${snippet.doc}:${snippet.line - 1}: two snippets of this document are named ${name}`);
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    // `export {}` makes a snippet without imports a module too: its names stay its own.
    writeFileSync(file, `${snippet.code}\nexport {};\n`);
    files.set(file, snippet);
  }

  const configPath = join(project, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => problems.push(flatten(d.messageText)) });
  if (!config) return { checked: files.size, skipped: snippets.length - files.size, problems };
  // One program per document: a reader follows one document, so what another one sets up
  // (a `declare module` augmentation such as xmode-error-ui/register, a global) must not
  // help it. The libraries' parsed files are shared between the programs.
  const host = cachingHost(config.options, root);
  const located = [];
  for (const doc of new Set([...files.values()].map((snippet) => snippet.doc))) {
    const program = ts.createProgram([...files].filter(([, snippet]) => snippet.doc === doc).map(([file]) => file), config.options, host);
    for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
      const snippet = diagnostic.file && files.get(normalize(diagnostic.file.fileName));
      if (!snippet || diagnostic.start === undefined) {
        const where = diagnostic.file ? `${relative(project, diagnostic.file.fileName)}: ` : '';
        problems.push(`${where}TS${diagnostic.code} ${flatten(diagnostic.messageText)}`);
        continue;
      }
      const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      const text = snippet.code.split('\n')[line] ?? '';
      located.push({
        doc,
        line: snippet.line + line,
        column: character + 1 + snippet.indent,
        text: `TS${diagnostic.code} ${flatten(diagnostic.messageText)}\n      ${text.trim()}`,
      });
    }
  }
  located.sort((a, b) => a.doc.localeCompare(b.doc) || a.line - b.line || a.column - b.column);
  problems.push(...located.map(({ doc, line, column, text }) => `${doc}:${line}:${column} ${text}`));
  return { checked: files.size, skipped: snippets.length - files.size, problems };
}

/**
 * Parsed files outside the snippets (TypeScript's libs, node_modules), shared by every
 * program this process makes: they do not change while it runs.
 */
const parsed = new Map();

/** A compiler host that parses each file outside the snippets once. */
function cachingHost(options, root) {
  const host = ts.createCompilerHost(options);
  const cache = parsed;
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, ...rest) => {
    if (normalize(fileName).startsWith(root + sep)) return getSourceFile(fileName, language, ...rest);
    const key = `${fileName}:${JSON.stringify(language)}`;
    if (!cache.has(key)) cache.set(key, getSourceFile(fileName, language, ...rest));
    return cache.get(key);
  };
  return host;
}

/** A diagnostic's text (a string or a chain of them) on one line per part. */
function flatten(messageText) {
  return ts.flattenDiagnosticMessageText(messageText, '\n        ');
}

/**
 * Extracts the snippets of every document of `repo` and checks them in `project`.
 * @returns {{ checked: number, skipped: number, skippedByDoc: Record<string, number>, problems: string[] }}
 */
export function checkDocs({ repo, project }) {
  const snippets = documents(repo).flatMap((doc) => extractSnippets(readFileSync(join(repo, doc), 'utf8'), doc));
  const skippedByDoc = {};
  for (const snippet of snippets) if (!snippet.check) skippedByDoc[snippet.doc] = (skippedByDoc[snippet.doc] ?? 0) + 1;
  return { ...checkSnippets({ project, snippets }), skippedByDoc };
}
