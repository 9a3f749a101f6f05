#!/usr/bin/env node
// Consumer smoke test (`npm run test:consumer`, the last step of `npm test`): the packed
// package, installed the way users install it, must typecheck, build and run.
//
// 1. `npm pack` the current dist/ (run `npm run build` first; the npm script does) and
//    check that only dist/ and package metadata ship — no demo, mocks or sources.
// 2. Copy tests/consumer/ to a temp dir outside the repo (so nothing resolves from the
//    repo's own node_modules), install its lockfile offline from the npm cache that the
//    root install filled (same versions), add the tarball with --no-save, then run its
//    `typecheck` (skipLibCheck off) and `build` (vite), and node/entries.mjs.
// 3. In a second temp dir install ONLY the tarball (no peers) and run node/core-only.mjs:
//    `xmode-error-ui/core` parses a Response in plain Node without React or a DOM.
//
// The temp dir is removed on success; it is kept (path printed) on failure or with
// KEEP_CONSUMER=1.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const fixture = join(repo, 'tests', 'consumer');
const started = Date.now();
// npm resolves peers and tarballs from the cache; the network only as a fallback.
const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
// Only these may ship: the build output and npm's own metadata files.
const SHIPPED = /^(dist\/|package\.json$|README\.md$|LICENSE(\.md)?$)/;
const NOT_SHIPPED = /(^|\/)(demo|mocks)\/|\.stories\.|\.test\.|mockServiceWorker/;

function step(label) {
  console.log(`test:consumer: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error(`\`${command} ${args.join(' ')}\` failed in ${cwd} (exit ${result.status ?? result.signal})`);
  }
  return result.stdout;
}

function fail(message) {
  throw new Error(message);
}

/** Packages the fixture's lockfile pins that the root lockfile does not (→ not in the cache). */
function lockDrift() {
  const versions = (lock) =>
    Object.entries(JSON.parse(readFileSync(lock, 'utf8')).packages)
      .filter(([path]) => path)
      .map(([path, meta]) => `${path.replace(/^.*node_modules\//, '')}@${meta.version}`);
  const root = new Set(versions(join(repo, 'package-lock.json')));
  return versions(join(fixture, 'package-lock.json')).filter((id) => !root.has(id));
}

const work = mkdtempSync(join(tmpdir(), 'xmode-consumer-'));
let passed = false;
try {
  for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/core/index.js', 'dist/core/index.d.ts', 'dist/styles.css']) {
    if (!existsSync(join(repo, file))) fail(`${file} is missing: run \`npm run build\` first.`);
  }

  // 1. Pack.
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], repo));
  const tarball = join(work, packed.filename);
  const files = packed.files.map((file) => file.path);
  const stray = files.filter((path) => !SHIPPED.test(path) || NOT_SHIPPED.test(path));
  if (stray.length > 0) fail(`the package would ship files it must not:\n  ${stray.join('\n  ')}`);
  step(`packed ${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(1)} kB packed, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked`);

  // 2. The fixture app, with the peers from its lockfile.
  const drift = lockDrift();
  if (drift.length > 0) {
    console.warn(`test:consumer: tests/consumer/package-lock.json pins versions the root does not (may need the network): ${drift.join(', ')}`);
  }
  const app = join(work, 'app');
  cpSync(fixture, app, {
    recursive: true,
    filter: (source) => !/^(node_modules|dist)(\/|$)/.test(relative(fixture, source)),
  });
  run('npm', ['ci', ...NPM_FLAGS], app);
  run('npm', ['install', '--no-save', ...NPM_FLAGS, tarball], app);
  step('installed the fixture app and the tarball');

  run('npm', ['run', 'typecheck'], app);
  step('fixture typecheck passed');

  run('npm', ['run', 'build'], app);
  const assets = readdirSync(join(app, 'dist', 'assets'));
  const css = assets.filter((file) => file.endsWith('.css')).map((file) => readFileSync(join(app, 'dist', 'assets', file), 'utf8'));
  if (!css.some((text) => text.includes('--xm-color-bg'))) fail('the app build has no xmode-error-ui/styles.css tokens');
  step('fixture vite build passed');

  process.stdout.write(run('node', ['node/entries.mjs'], app));

  // 3. The core alone: no peers installed at all.
  const coreOnly = join(work, 'core-only');
  mkdirSync(join(coreOnly, 'node'), { recursive: true });
  writeFileSync(join(coreOnly, 'package.json'), JSON.stringify({ name: 'core-only', private: true, type: 'module' }));
  cpSync(join(fixture, 'node', 'core-only.mjs'), join(coreOnly, 'node', 'core-only.mjs'));
  // --legacy-peer-deps: install the package without its peers (and without resolving them).
  run('npm', ['install', '--no-save', '--no-package-lock', '--legacy-peer-deps', ...NPM_FLAGS, tarball], coreOnly);
  process.stdout.write(run('node', ['node/core-only.mjs'], coreOnly));

  passed = true;
  step('passed');
} finally {
  if (passed && process.env.KEEP_CONSUMER !== '1') rmSync(work, { recursive: true, force: true });
  else console.log(`test:consumer: work dir kept at ${work}`);
}
