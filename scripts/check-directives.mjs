#!/usr/bin/env node
// Checks the built package (dist/) for React Server Components hosts (Next.js App Router):
// every module whose source starts with 'use client' still starts with it in dist/ (the
// bundler keeps module directives only with preserveModules), and nothing under
// dist/core/ has one, so `xmode-error-ui/core` runs in server code. Which sources need
// the directive is tests/unit/moduleBoundaries.test.ts's job. dist/testing/ (the test helpers,
// plain functions used in Node test runners and server code) is directive-free too. Usage: node scripts/check-directives.mjs
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const DIRECTIVE = /^\s*(['"])use client\1;?/;

function files(dir, pattern) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, pattern);
    return pattern.test(entry.name) ? [path] : [];
  });
}

const problems = [];
let marked = 0;
for (const source of files(join(repo, 'src'), /^(?!.*\.(stories|test)\.).*\.tsx?$/)) {
  const path = relative(join(repo, 'src'), source).replace(/\.tsx?$/, '.js');
  const built = join(repo, 'dist', path);
  const wantsDirective = DIRECTIVE.test(readFileSync(source, 'utf8'));
  if (!existsSync(built)) {
    if (wantsDirective) problems.push(`${path}: a 'use client' module is missing from dist/`);
    continue;
  }
  const hasDirective = DIRECTIVE.test(readFileSync(built, 'utf8'));
  if (wantsDirective) marked += 1;
  if (wantsDirective && !hasDirective) problems.push(`dist/${path}: lost its 'use client' directive`);
  if (path.startsWith('core/') && hasDirective) problems.push(`dist/${path}: the core must stay directive-free`);
  if (path.startsWith('testing/') && hasDirective) problems.push(`dist/${path}: the test helpers must stay directive-free`);
}
if (marked === 0) problems.push("no 'use client' module found in dist/: was `npm run build` run?");
if (problems.length > 0) {
  console.error(`check-directives: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-directives: ${marked} 'use client' modules kept in dist/, dist/core/ and dist/testing/ directive-free`);
