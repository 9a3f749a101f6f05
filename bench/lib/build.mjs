// Builds the TypeScript scenarios into node_modules/.cache/xmode-bench/ with esbuild.
// The output sits under node_modules so its bare imports (react, @tanstack/react-query,
// ky, …) resolve to the project's own installed copies, which stay external.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const outDir = fileURLToPath(new URL('../../node_modules/.cache/xmode-bench/', import.meta.url));

/** Bundles the scenario entries; returns `{ name: absolute path of the built .mjs }`. */
export async function buildScenarios(entries) {
  mkdirSync(outDir, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return Object.fromEntries(Object.keys(entries).map((name) => [name, `${outDir}${name}.mjs`]));
}
