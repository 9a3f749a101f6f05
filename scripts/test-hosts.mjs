#!/usr/bin/env node
// The host matrix (`npm run test:hosts`, a step of `npm test`): the packed package,
// installed the way users install it, in every kind of app it promises to work in.
//
//   vite-react19  tests/consumer: Vite + React 19 — typecheck (skipLibCheck off), build,
//                 both entries and server rendering in Node, the app in Chromium
//   cross-origin  vite-react19's build (not rebuilt) on one origin, its API on another port
//                 with CORS: a 429's Retry-After and a 500's request id reach the page
//   docs-snippets tests/hosts/docs: every TS/TSX snippet of README.md and docs/**/*.md
//                 typechecked against the installed package (scripts/docSnippets.mjs)
//   vite-react18  the same app under tests/hosts/vite-react18's package.json: React 18.3
//   next-app      tests/hosts/next-app: Next.js App Router — next build, next start, the
//                 pages in Chromium, two tenants' server requests sharing no state
//   core-only     only the tarball, no peers: `xmode-error-ui/core` and `/testing` in plain Node
//
// The package is packed once (run `npm run build` first; the npm script does). Each
// fixture is copied to a temp dir outside the repo (so nothing resolves from the repo's
// node_modules) with tests/hosts/shared/ as shared/, installed from its own lockfile with
// `npm ci --prefer-offline` (the npm cache first, the registry for what it lacks), then
// the tarball with --no-save. Installs run in parallel; builds and browsers one at a time.
//
// A host with `uses` runs in another host's temp dir, after it (selecting it selects that
// one too), and needs no install of its own.
//
// `--only=next-app,core-only` runs some hosts; `--tarball=<file.tgz>` tests that package
// instead of packing this checkout (e.g. an older release, to see a check fail). The temp dir is removed when every host
// passes; it is kept (path printed) on a failure or with KEEP_HOSTS=1.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './hosts/browserCheck.mjs';
import { crossOriginSteps } from './hosts/crossOriginHost.mjs';
import { docsSteps } from './hosts/docsHost.mjs';
import { nextSteps } from './hosts/nextHost.mjs';
import { run } from './hosts/proc.mjs';
import { viteSteps } from './hosts/viteHost.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
// Only these may ship: the build output and npm's own metadata files.
const SHIPPED = /^(dist\/|package\.json$|README\.md$|LICENSE(\.md)?$)/;
const NOT_SHIPPED = /(^|\/)(demo|mocks)\/|\.stories\.|\.test\.|mockServiceWorker/;

const HOSTS = {
  'vite-react19': { fixture: 'tests/consumer', steps: viteSteps },
  'cross-origin': { uses: 'vite-react19', steps: crossOriginSteps },
  // After the first host: by then its install is done (no wait), and the check takes seconds.
  'docs-snippets': { fixture: 'tests/hosts/docs', steps: docsSteps },
  'vite-react18': { fixture: 'tests/consumer', overlay: 'tests/hosts/vite-react18', steps: viteSteps },
  'next-app': { fixture: 'tests/hosts/next-app', steps: nextSteps },
  'core-only': {
    steps: [['core in plain Node', async ({ app, log }) => log((await run('node', ['node/core-only.mjs'], { cwd: app })).trim())]],
  },
};

// Every child inherits these: no telemetry from Next, no colour codes in the kept output.
process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.NO_COLOR = '1';

const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const say = (line) => console.log(`test:hosts: ${line}`);
const timings = [];

const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);

function selectedHosts() {
  const only = option('only');
  const names = only ? only.split(',').filter(Boolean) : Object.keys(HOSTS);
  const unknown = names.filter((name) => !(name in HOSTS));
  if (unknown.length > 0) throw new Error(`unknown host(s) ${unknown.join(', ')}; known: ${Object.keys(HOSTS).join(', ')}`);
  const wanted = new Set(names.flatMap((name) => [name, HOSTS[name].uses ?? name]));
  return Object.keys(HOSTS).filter((name) => wanted.has(name));
}

/** The temp dir a host runs in: its own, or the one of the host it `uses`. */
const dirOf = (name) => HOSTS[name].uses ?? name;

async function pack(work) {
  const given = option('tarball');
  if (given) {
    const tarball = join(work, basename(given));
    cpSync(resolve(given), tarball);
    say(`testing ${resolve(given)} (not packed from this checkout)`);
    return tarball;
  }
  for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/core/index.js', 'dist/core/index.d.ts', 'dist/styles.css']) {
    if (!existsSync(join(repo, file))) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  }
  const [packed] = JSON.parse(await run('npm', ['pack', '--json', '--loglevel=error', '--pack-destination', work], { cwd: repo }));
  const stray = packed.files.map((file) => file.path).filter((path) => !SHIPPED.test(path) || NOT_SHIPPED.test(path));
  if (stray.length > 0) throw new Error(`the package would ship files it must not:\n  ${stray.join('\n  ')}`);
  say(`packed ${packed.filename}: ${packed.files.length} files, ${(packed.size / 1024).toFixed(1)} kB packed, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked`);
  return join(work, packed.filename);
}

/** Copies the host's fixture into `app` and installs it: its lockfile, then the tarball. */
async function install(name, app, tarball) {
  const { fixture, overlay } = HOSTS[name];
  if (!fixture) {
    // The core alone: the tarball without its peers (--legacy-peer-deps resolves none).
    mkdirSync(join(app, 'node'), { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'core-only', private: true, type: 'module' }));
    cpSync(join(repo, 'tests/consumer/node/core-only.mjs'), join(app, 'node', 'core-only.mjs'));
    await run('npm', ['install', '--no-save', '--no-package-lock', '--legacy-peer-deps', ...NPM_FLAGS, tarball], { cwd: app });
    return;
  }
  const source = join(repo, fixture);
  cpSync(source, app, { recursive: true, filter: (path) => !/^(node_modules|dist|dist-dev|\.next)(\/|$)/.test(relative(source, path)) });
  if (overlay) {
    for (const file of ['package.json', 'package-lock.json']) cpSync(join(repo, overlay, file), join(app, file));
  }
  cpSync(join(repo, 'tests/hosts/shared'), join(app, 'shared'), { recursive: true });
  await run('npm', ['ci', ...NPM_FLAGS], { cwd: app });
  await run('npm', ['install', '--no-save', ...NPM_FLAGS, tarball], { cwd: app });
}

async function timed(host, step, work) {
  const start = Date.now();
  try {
    return await work();
  } finally {
    const ms = Date.now() - start;
    timings.push({ host, step, ms });
    say(`${host}: ${step} (${seconds(ms)}, at ${seconds(Date.now() - started)})`);
  }
}

async function main() {
  const names = selectedHosts();
  const work = mkdtempSync(join(tmpdir(), 'xmode-hosts-'));
  let browser;
  const failures = [];
  try {
    const tarball = await pack(work);
    // Installs are mostly waiting on disk and network: all at once.
    const installs = Object.fromEntries(
      names
        .filter((name) => !HOSTS[name].uses)
        .map((name) => {
          const app = join(work, name);
          const done = timed(name, 'install (npm ci + tarball)', () => install(name, app, tarball));
          done.catch(() => {}); // awaited below, in order
          return [name, done];
        }),
    );
    const context = {
      browser: async () => (browser ??= await launchBrowser()),
    };
    // Builds and browsers use the CPU: one host, one step at a time.
    for (const [index, name] of names.entries()) {
      const app = join(work, dirOf(name));
      const log = (text) => text.split('\n').forEach((line) => say(`${name}:   ${line}`));
      try {
        const { uses } = HOSTS[name];
        if (uses && failures.includes(uses)) throw new Error(`not run: it uses ${uses}'s build, and ${uses} failed`);
        await installs[dirOf(name)];
        for (const [step, runStep] of HOSTS[name].steps) await timed(name, step, () => runStep({ ...context, app, log }));
        const stillNeeded = names.slice(index + 1).some((later) => dirOf(later) === dirOf(name));
        if (process.env.KEEP_HOSTS !== '1' && !stillNeeded) await timed(name, 'remove its temp dir', () => rm(app, { recursive: true, force: true }));
      } catch (error) {
        failures.push(name);
        say(`${name}: FAILED — ${error.message}`);
        if (error.output) console.log(`----- output (${name}) -----\n${error.output.trimEnd()}\n----- end of output -----`);
        say(`${name}: its files are in ${app}`);
      }
    }
  } finally {
    await timed('all', 'close Chromium', async () => browser?.close());
    const keep = failures.length > 0 || process.env.KEEP_HOSTS === '1';
    if (keep) say(`work dir kept at ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  console.log('\nhost          step                                time');
  for (const { host, step, ms } of timings) console.log(`${host.padEnd(13)} ${step.padEnd(35)} ${seconds(ms).padStart(7)}`);
  say(`${names.length - failures.length} hosts passed, ${failures.length} failed (${seconds(Date.now() - started)})`);
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  say(`FAILED — ${error.message}`);
  if (error.output) console.log(error.output);
  process.exitCode = 1;
});
