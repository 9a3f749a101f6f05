#!/usr/bin/env node
// `npm run bench`: every benchmark in one run, each next to the alternative a team would
// use instead; writes bench/results.md and bench/results.json.
//
//   node bench/run.mjs [--repeats=5] [--storm-repeats=20] [--storms=burst503,…]
//                      [--only=storm,tabs,bundle,render,parser,latency] [--no-write]
//
// Loopback only (127.0.0.1, ephemeral ports). Each scenario runs in its own Node process
// with a time limit, so one that hangs cannot hold the run.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measureBundles } from './bundle.mjs';
import { buildScenarios, root } from './lib/build.mjs';
import { toMarkdown } from './lib/report.mjs';

const SCENARIOS = ['storm', 'tabs', 'bundle', 'render', 'parser', 'latency'];
/** Longest a scenario process may run before it is killed, in ms (the storm gets more per repeat). */
const CHILD_TIMEOUT_MS = 4 * 60_000;
/** Six storms, each allowed its 30 s run timeout (a hang) in every repeat. */
const STORM_TIMEOUT_PER_REPEAT_MS = 6 * 30_000;

const arg = (name) => process.argv.find((value) => value.startsWith(`--${name}=`))?.split('=')[1];
const repeats = Math.max(1, Number(arg('repeats') ?? 5));
// A storm that hangs once in 20 runs must show: every storm runs 20 times by default.
const stormRepeats = Math.max(1, Number(arg('storm-repeats') ?? 20));
const storms = arg('storms');
const variants = arg('variants');
const only = new Set((arg('only') ?? SCENARIOS.join(',')).split(','));
const write = !process.argv.includes('--no-write');
const started = performance.now();

const cpu = cpus();
const machine = {
  cores: cpu.length,
  cpuModel: cpu[0]?.model.trim() ?? 'unknown CPU',
  memoryGb: Math.round(totalmem() / 1e9),
  node: process.version,
  platform: `${platform()} ${release()} ${arch()}`,
  /** 1-minute load average when the run started and when it ended: timings mean little on a busy machine. */
  loadAverage: { start: Number(loadavg()[0].toFixed(2)), end: 0 },
};
console.log(`xmode-error-ui benchmarks — ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.platform}`);
console.log(`repeats: ${repeats} (storms ${stormRepeats}); scenarios: ${[...only].join(', ')}; load average ${machine.loadAverage.start}`);
if (machine.loadAverage.start > machine.cores) {
  console.log(`warning: load average ${machine.loadAverage.start} > ${machine.cores} cores; timings will be noisy (request counts and render counts are not affected)`);
}

function readPrevious() {
  try {
    return JSON.parse(readFileSync(new URL('./results.json', import.meta.url), 'utf8'));
  } catch {
    return undefined;
  }
}

function git(...args) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}
const dirty = git('status', '--porcelain', '--', 'src') !== '';
const commit = `${git('rev-parse', '--short', 'HEAD') || 'unknown'}${dirty ? ' (+ uncommitted changes in src/)' : ''}`;

const workDir = mkdtempSync(join(tmpdir(), 'xmode-bench-'));

/** Runs a built scenario in its own process and returns the JSON it wrote. */
function runChild(name, file, { env = 'production', args = [], preload, timeoutMs = CHILD_TIMEOUT_MS } = {}) {
  const out = join(workDir, `${name}.json`);
  const flags = ['--expose-gc', ...(preload ? ['--import', pathToFileURL(preload).href] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, file, `--out=${out}`, ...args], {
      cwd: root,
      env: { ...process.env, NODE_ENV: env },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} took longer than ${timeoutMs / 1000} s and was stopped`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(JSON.parse(readFileSync(out, 'utf8')));
      else reject(new Error(`${name} exited with ${signal ?? code}`));
    });
  });
}

const results = { generatedAt: new Date().toISOString(), commit, machine, repeats, stormRepeats };
try {
  const built = await buildScenarios({
    storm: 'bench/storm/main.ts',
    render: 'bench/render/main.tsx',
    parser: 'bench/parser/main.ts',
    tabs: 'bench/tabs/main.ts',
    latency: 'bench/latency/main.ts',
  });

  if (only.has('bundle')) {
    console.log('\nbundle cost');
    results.bundle = await measureBundles();
    for (const row of results.bundle.rows) console.log(`  ${row.id}: ${(row.gzipBytes / 1000).toFixed(2)} kB min+gzip`);
  }
  if (only.has('render')) {
    console.log('\nrender isolation');
    // Development React: production builds never call <Profiler onRender>.
    results.render = await runChild('render', built.render, {
      env: 'development',
      preload: fileURLToPath(new URL('./lib/dom.mjs', import.meta.url)),
    });
  }
  if (only.has('parser')) {
    console.log('\nparser cost');
    results.parser = {
      module: await runChild('parser-module', built.parser, { args: ['--parser=module', `--repeats=${repeats}`] }),
      naive: await runChild('parser-naive', built.parser, { args: ['--parser=naive', `--repeats=${repeats}`] }),
    };
  }
  if (only.has('storm')) {
    console.log(`\nrequest amplification (about 25 s per repeat, ${stormRepeats} repeats)`);
    results.storm = await runChild('storm', built.storm, {
      args: [`--repeats=${stormRepeats}`, ...(storms ? [`--storms=${storms}`] : []), ...(variants ? [`--variants=${variants}`] : [])],
      timeoutMs: CHILD_TIMEOUT_MS + stormRepeats * STORM_TIMEOUT_PER_REPEAT_MS,
    });
  }
  if (only.has('latency')) {
    console.log(`\nlateness after Retry-After: 1 (about 1 s per repeat, ${stormRepeats} repeats)`);
    results.latency = await runChild('latency', built.latency, { args: [`--repeats=${stormRepeats}`], timeoutMs: CHILD_TIMEOUT_MS + stormRepeats * 15_000 });
  }
  if (only.has('tabs')) {
    console.log(`\nthree tabs, one 429 (about 5 s per repeat, ${Math.ceil(stormRepeats / 2)} repeats per variant)`);
    results.tabs = await runChild('tabs', built.tabs, { args: [`--repeats=${Math.ceil(stormRepeats / 2)}`], timeoutMs: CHILD_TIMEOUT_MS + stormRepeats * 30_000 });
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

results.durationS = (performance.now() - started) / 1000;
// A partial run (--only=…) keeps the other sections of the last full run, and says so.
const previous = only.size < SCENARIOS.length ? readPrevious() : undefined;
if (previous) {
  for (const name of SCENARIOS) if (!only.has(name) && previous[name]) results[name] = previous[name];
  results.partial = { ran: [...only], kept: SCENARIOS.filter((name) => !only.has(name) && previous[name]), from: previous.generatedAt };
}
machine.loadAverage.end = Number(loadavg()[0].toFixed(2));
const markdown = toMarkdown(results);
if (write) {
  writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(new URL('./results.md', import.meta.url), markdown);
  console.log(`\nwrote bench/results.md and bench/results.json (${Math.round(results.durationS)} s)`);
} else {
  console.log(`\n${markdown}`);
}
