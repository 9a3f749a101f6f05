// Scenario 2: what the module adds to an app's bundle, next to what a team would add
// instead. Built from source with esbuild (minified, tree-shaken), gzip level 9.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { root } from './lib/build.mjs';

/** Peers of the module: the app has them already, so they are never counted. */
export const PEERS = ['react', 'react-dom', '@tanstack/react-query', 'react-hook-form', 'sonner'];

/** What a team installs instead of the module (kept in sync with the devDependencies). */
export const ALTERNATIVES = ['ky', 'react-error-boundary'];

const ENTRIES = [
  { id: 'core', label: '`xmode-error-ui/core` (src/core/index.ts, every export)', contents: "export * from './src/core/index.ts';" },
  { id: 'module', label: '`xmode-error-ui` (src/index.ts, every export, peers external)', contents: "export * from './src/index.ts';" },
  {
    id: 'embed',
    label: '`xmode-error-ui`, the README\'s embed (provider, query client, client, useAccountState)',
    contents: "export { XModeErrorProvider, createXModeQueryClient, createXModeClient, useAccountState } from './src/index.ts';",
  },
  { id: 'ky', label: '`ky` (whole package)', contents: "export { default } from 'ky';", alternative: true },
  { id: 'react-error-boundary', label: '`react-error-boundary` (whole package)', contents: "export * from 'react-error-boundary';", alternative: true },
];

async function measure(entry) {
  const result = await build({
    stdin: { contents: entry.contents, resolveDir: root, loader: 'ts', sourcefile: `${entry.id}.entry.ts` },
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: PEERS,
    define: { 'process.env.NODE_ENV': '"production"' },
    // Components import their own CSS; it ships in dist/styles.css, measured apart.
    loader: { '.css': 'empty' },
    metafile: true,
    write: false,
    outdir: 'bundle',
    logLevel: 'error',
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
  const inputs = Object.values(result.metafile.outputs).flatMap((output) => Object.entries(output.inputs));
  const largest = inputs
    .filter(([, info]) => info.bytesInOutput > 0)
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, 6)
    .map(([path, info]) => ({ path, minifiedBytes: info.bytesInOutput }));
  return {
    id: entry.id,
    label: entry.label,
    alternative: Boolean(entry.alternative),
    minifiedBytes: js.contents.byteLength,
    gzipBytes: gzipSync(js.contents, { level: 9 }).byteLength,
    largest,
  };
}

async function measureStylesheet() {
  const result = await build({
    entryPoints: ['src/styles.css'],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    write: false,
    outdir: 'bundle',
    logLevel: 'error',
  });
  const css = result.outputFiles[0].contents;
  return {
    id: 'styles',
    label: '`xmode-error-ui/styles.css` (src/styles.css, minified)',
    alternative: false,
    minifiedBytes: css.byteLength,
    gzipBytes: gzipSync(css, { level: 9 }).byteLength,
    largest: [],
  };
}

/** Sizes of every entry; throws with the install line when an alternative is missing. */
export async function measureBundles() {
  const rows = [];
  for (const entry of ENTRIES) {
    try {
      rows.push(await measure(entry));
    } catch (error) {
      if (entry.alternative) {
        throw new Error(`bench: cannot bundle ${entry.id}; it is a devDependency of the benchmark (npm ci installs it).`, { cause: error });
      }
      throw error;
    }
  }
  rows.push(await measureStylesheet());
  const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
  const alternativesGzip = byId.ky.gzipBytes + byId['react-error-boundary'].gzipBytes;
  return {
    rows,
    alternativesGzip,
    ratios: {
      moduleVsAlternatives: byId.module.gzipBytes / alternativesGzip,
      embedVsAlternatives: byId.embed.gzipBytes / alternativesGzip,
      coreVsKy: byId.core.gzipBytes / byId.ky.gzipBytes,
    },
  };
}
