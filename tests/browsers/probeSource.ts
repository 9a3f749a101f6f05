/**
 * The probe (tests/browsers/probe.ts) and axe-core as scripts a WebDriver client can
 * evaluate in a page: esbuild bundles the probe once per run into an IIFE.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);

let probe: Promise<string> | undefined;

/** The probe's bundle: evaluating it defines `window.__flowProbe`. */
export function probeSource(): Promise<string> {
  probe ??= build({
    entryPoints: [fileURLToPath(new URL('./probe.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return probe;
}

/** axe-core's browser build (defines `window.axe`). */
export const axeSource = (): string => readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
