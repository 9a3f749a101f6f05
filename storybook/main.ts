import type { StorybookConfig } from '@storybook/react-vite';

// `storybook dev -c storybook` / `storybook build -c storybook`. The builder reads the
// project's vite.config.ts (aliases, React plugin); the Vitest project `storybook` in that
// file runs every story below as a test in Chromium (play + axe).
const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.mdx', '../src/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // public/mockServiceWorker.js: the MSW worker the stories' mock API runs in.
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Autodocs props tables come from react-docgen: it reads the TSDoc of each prop,
  // follows imported prop types (StateLayoutProps, UseConflictFlowOptions) and leaves
  // out inherited DOM attributes. react-docgen-typescript would list every HTML
  // attribute of SubmitButton and is several times slower to build.
  // tests/unit/componentDocs.test.ts runs the same parser.
  typescript: { reactDocgen: 'react-docgen' },
};

export default config;
