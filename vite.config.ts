import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type BuildEnvironmentOptions, type Plugin } from 'vite';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import { CHROMIUM_ARGS, ensureChromium } from './scripts/chromium.mjs';
import { STORY_LOCALE, STORY_TIME_ZONE } from './storybook/clock';

const fromRoot = (path: string) => new URL(path, import.meta.url).pathname;

// Peers (and their subpaths, e.g. `react/jsx-runtime`) stay imports in the package:
// bundling them would ship a second React next to the app's.
const pkg = JSON.parse(readFileSync(fromRoot('./package.json'), 'utf8')) as {
  peerDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
};
const externals = Object.keys({ ...pkg.peerDependencies, ...pkg.dependencies });
const isExternal = (id: string) => externals.some((name) => id === name || id.startsWith(`${name}/`));

// Lib mode keeps no link from a module to the CSS it imports, so a component's own .css
// would be emitted next to the JS and never loaded by anyone. Every rule reaches users
// through src/styles.css (`@import` the component's file there) → dist/styles.css.
const oneStylesheet: Plugin = {
  name: 'xmode:one-stylesheet',
  generateBundle(_options, bundle) {
    const stray = Object.keys(bundle).filter((file) => file.endsWith('.css') && file !== 'styles.css');
    if (stray.length > 0) {
      this.error(`CSS outside src/styles.css would not ship: ${stray.join(', ')}. @import it from src/styles.css instead.`);
    }
  },
};

// `vite build --mode lib`: the npm package in dist/ (ESM + styles.css; tsc adds .d.ts).
// preserveModules: dist/ mirrors src/ file for file, so each .d.ts from tsc sits next to
// its .js, both entries share one copy of every module (one XModeError class), and apps
// tree-shake per module.
const libraryBuild: BuildEnvironmentOptions = {
  outDir: 'dist',
  emptyOutDir: true,
  copyPublicDir: false, // public/ holds the demo's MSW worker, not package files
  target: 'es2022',
  minify: false, // the app's bundler minifies; readable code is easier to debug
  sourcemap: true,
  cssCodeSplit: true, // required for a CSS entry; oneStylesheet keeps it to one file
  lib: {
    entry: {
      index: fromRoot('./src/index.ts'),
      'core/index': fromRoot('./src/core/index.ts'),
      register: fromRoot('./src/register.ts'),
      // Test helpers for host apps; nothing in the main entry imports them.
      'testing/index': fromRoot('./src/testing/index.ts'),
      styles: fromRoot('./src/styles.css'),
    },
    formats: ['es'],
    fileName: (_format, entryName) => `${entryName}.js`,
    cssFileName: 'styles',
  },
  rolldownOptions: {
    external: isExternal,
    output: { preserveModules: true, preserveModulesRoot: 'src' },
  },
};

// Every story of storybook/main.ts as a test in headless Chromium: it renders, its `play`
// passes, and axe finds nothing (`parameters.a11y.test = 'error'` in the preview).
// Storybook and `vite build` load this file too: the project exists only under Vitest,
// and only when no `--project` filter leaves it out (its plugin loads Storybook's presets,
// a few seconds). Chromium is looked up (or installed) only when the project is set up:
// the getter runs when the provider reads its launch options.
function storybookProject(): TestProjectInlineConfiguration {
  return {
    extends: true,
    // Imported here, not at the top: the plugin loads Storybook's presets.
    plugins: [import('@storybook/addon-vitest/vitest-plugin').then(({ storybookTest }) => storybookTest({ configDir: fromRoot('./storybook') }))],
    // Pre-bundled up front: a dependency found mid-run makes Vite reload the page and
    // Vitest drop the story file that was running.
    optimizeDeps: {
      include: ['@tanstack/react-query', 'react-hook-form', 'sonner', 'msw', 'msw/browser', 'react-dom/client'],
    },
    test: {
      name: 'storybook',
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({
          launchOptions: {
            get executablePath() {
              return ensureChromium();
            },
            args: CHROMIUM_ARGS,
          },
          // With the preview's clock (storybook/clock.ts): the same times, whatever the machine's zone.
          contextOptions: { timezoneId: STORY_TIME_ZONE, locale: STORY_LOCALE },
        }),
        instances: [{ browser: 'chromium' }],
      },
    },
  };
}

/** False when Vitest's `--project` filters (`--project unit`, `story*`, `!storybook`) leave `name` out. */
function isProjectSelected(name: string, argv: readonly string[] = process.argv): boolean {
  const filters = argv.flatMap((arg, index) =>
    arg === '--project' ? [argv[index + 1] ?? ''] : arg.startsWith('--project=') ? [arg.slice('--project='.length)] : [],
  );
  const matches = (pattern: string) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(name);
  const included = filters.filter((filter) => !filter.startsWith('!'));
  const excluded = filters.filter((filter) => filter.startsWith('!')).map((filter) => filter.slice(1));
  return (included.length === 0 || included.some(matches)) && !excluded.some(matches);
}

// One config for the demo dashboard (dev, `build:demo`, preview), the library build
// (`--mode lib`) and Vitest's projects. Browser projects (stories, e2e) find Chromium
// through scripts/chromium.mjs.
export default defineConfig(({ mode }) => ({
  plugins: mode === 'lib' ? [react(), oneStylesheet] : [react()],
  resolve: {
    // The demo imports the package by name, as an embedding app would.
    alias: [
      { find: /^xmode-error-ui\/core$/, replacement: fromRoot('./src/core/index.ts') },
      { find: /^xmode-error-ui\/testing$/, replacement: fromRoot('./src/testing/index.ts') },
      { find: /^xmode-error-ui\/styles\.css$/, replacement: fromRoot('./src/styles.css') },
      { find: /^xmode-error-ui$/, replacement: fromRoot('./src/index.ts') },
    ],
  },
  build: mode === 'lib' ? libraryBuild : { outDir: 'dist-demo' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
        },
      },
      ...(process.env.VITEST && isProjectSelected('storybook') ? [storybookProject()] : []),
    ],
  },
}));
