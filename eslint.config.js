import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules', 'dist', 'dist-demo', 'storybook-static', 'test-results', 'playwright-report', 'coverage', 'public/mockServiceWorker.js', 'tests/consumer', 'tests/hosts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    // Without a resolver that knows .ts/.tsx, import-x resolves no relative import and
    // no-restricted-paths passes everything silently.
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'No skipped tests.' },
      ],
      // Imports flow demo → components → react → core, never back.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/core', from: ['./src/react', './src/components', './src/demo', './src/mocks', './src/testing'] },
            // The test helpers (xmode-error-ui/testing) read the core and the copy (plain data) only;
            // no shipped entry but their own imports them, so they add nothing to an app's bundle.
            { target: './src/testing', from: ['./src/react', './src/components', './src/demo', './src/mocks'], except: ['./messages'] },
            { target: ['./src/react', './src/components', './src/index.ts', './src/register.ts'], from: ['./src/testing'] },
            { target: './src/react', from: ['./src/components', './src/demo', './src/mocks'] },
            { target: './src/components', from: ['./src/demo'] },
          ],
        },
      ],
    },
  },
  {
    // The core and the test helpers are framework-free.
    files: ['src/core/**', 'src/testing/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(react|react-dom|sonner|react-hook-form)(/|$)|^@tanstack/' }] }],
    },
  },
);
