#!/usr/bin/env node
// Makes the declarations tsc wrote to dist/ valid ESM for every TypeScript resolution
// mode. The sources use extensionless relative imports (`./core`, `./codes`), which
// `moduleResolution: bundler` accepts but `node16`/`nodenext` consumers cannot resolve
// in an ESM package. Each relative specifier is rewritten to the file that exists next
// to it: `./codes` → `./codes.js`, `./core` → `./core/index.js`. An unresolvable one
// fails the build instead of shipping broken types. Usage: node scripts/fix-dts-specifiers.mjs [dir]
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// `from './x'`, `import('./x')`, `import './x'` — relative specifiers only.
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.\.?\/[^'"]*|\.\.?)\2/g;

const root = resolve(process.argv[2] ?? 'dist');

/** The specifier with its runtime extension, or undefined when no declaration matches. */
function withExtension(fromFile, specifier) {
  if (/\.(m|c)?js$/.test(specifier)) return specifier;
  const target = resolve(dirname(fromFile), specifier);
  if (existsSync(`${target}.d.ts`)) return `${specifier}.js`;
  if (existsSync(join(target, 'index.d.ts'))) return `${specifier.replace(/\/$/, '')}/index.js`;
  return undefined;
}

function* declarationFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* declarationFiles(path);
    else if (entry.name.endsWith('.d.ts')) yield path;
  }
}

const unresolved = [];
let rewritten = 0;
for (const file of declarationFiles(root)) {
  const source = readFileSync(file, 'utf8');
  const fixed = source.replace(SPECIFIER, (match, head, quote, specifier) => {
    const next = withExtension(file, specifier);
    if (!next) {
      unresolved.push(`${relative(process.cwd(), file)}: ${specifier}`);
      return match;
    }
    if (next !== specifier) rewritten += 1;
    return `${head}${quote}${next}${quote}`;
  });
  if (fixed !== source) writeFileSync(file, fixed);
}

if (unresolved.length > 0) {
  console.error(`fix-dts-specifiers: no declaration for:\n  ${unresolved.join('\n  ')}`);
  process.exit(1);
}
console.log(`fix-dts-specifiers: ${rewritten} relative specifiers made explicit in ${relative(process.cwd(), root) || '.'}`);
