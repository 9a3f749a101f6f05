/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// One config for the demo dashboard (dev/build/preview) and for Vitest's projects.
// Browser projects (stories, e2e) find Chromium through scripts/chromium.mjs.
export default defineConfig({
  plugins: [react()],
  resolve: {
    // The demo imports the package by name, as an embedding app would.
    alias: [
      { find: /^xmode-error-ui\/core$/, replacement: new URL('./src/core/index.ts', import.meta.url).pathname },
      { find: /^xmode-error-ui$/, replacement: new URL('./src/index.ts', import.meta.url).pathname },
    ],
  },
  build: { outDir: 'dist-demo' },
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
    ],
  },
});
