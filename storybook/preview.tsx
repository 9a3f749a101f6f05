import type { Decorator, Loader, Preview } from '@storybook/react-vite';
import { onlineManager } from '@tanstack/react-query';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { toast } from 'sonner';
import { XModeErrorProvider } from '../src/components';
import { defaultMessages } from '../src/react';
import { PSEUDO_LOCALE, PSEUDO_RTL_LOCALE, pseudoLocalize } from '../src/testing/pseudoLocalize';
import { startMockApi, worker } from '../src/mocks/browser';
import { resetMockDb } from '../src/mocks/db';
import { clearScenarios, forceScenario } from '../src/mocks/scenarios';
import {
  STORY_PROVIDER_PROPS,
  StoryKitContext,
  createStoryKit,
  kitFromLoaded,
  xmodeParameters,
} from '../src/stories/kit/storyKit';
import '../src/styles.css';
import { installStoryClock } from './clock';
import './preview.css';
import { STORY_VIEWPORTS } from './viewports';

/** Every story starts at the same wall-clock instant (`STORY_START`): its times never depend on the hour of the run. */
const storyClock = installStoryClock();

/** The module's own language; the pseudo-locale swaps the provider's messages and `locale`. */
const DEFAULT_LOCALE = 'en';

/**
 * The demo's mock API (`src/mocks/handlers`) as the worker's base handlers: the addon
 * resets to them before every story, then puts the story's `parameters.msw.handlers` in
 * front. Served from public/mockServiceWorker.js (`staticDirs`).
 */
const withMockApi = mswLoader(async () => {
  await startMockApi();
  return worker;
});

/**
 * A fresh API client (its windows), query client and account store per story: nothing
 * leaks. The tab's sessionStorage too: a paid request kept after one story's 402 is not
 * the next story's.
 */
const withStoryKit: Loader = (context) => {
  sessionStorage.clear();
  return { xmode: createStoryKit(xmodeParameters(context.parameters)) };
};

/** The module's copy in the pseudo-locales (toolbar "Language"): length and completeness, and right to left. */
const PSEUDO_MESSAGES = { [PSEUDO_LOCALE]: pseudoLocalize(defaultMessages), [PSEUDO_RTL_LOCALE]: pseudoLocalize(defaultMessages, PSEUDO_RTL_LOCALE) };

/** `XModeErrorProvider` around every story, on the story's own kit, in the chosen theme and language. */
const withXModeProvider: Decorator = (Story, context) => {
  const kit = kitFromLoaded(context.loaded);
  const { provider } = xmodeParameters(context.parameters);
  const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const locale = typeof context.globals.locale === 'string' ? context.globals.locale : DEFAULT_LOCALE;
  const dir = locale === PSEUDO_RTL_LOCALE ? 'rtl' : 'ltr';
  // The toasts take their direction from the document (sonner reads <html dir>).
  if (typeof document !== 'undefined') document.documentElement.dir = dir;
  const pseudo = locale === PSEUDO_LOCALE || locale === PSEUDO_RTL_LOCALE ? { messages: PSEUDO_MESSAGES[locale], locale } : {};
  return (
    <div className="xm-story" data-theme={theme} lang={locale} dir={dir}>
      <StoryKitContext.Provider value={kit}>
        <XModeErrorProvider
          client={kit.queryClient}
          {...STORY_PROVIDER_PROPS}
          {...pseudo}
          {...provider}
        >
          <Story />
        </XModeErrorProvider>
      </StoryKitContext.Provider>
    </div>
  );
};

const preview: Preview = {
  loaders: [withMockApi, withStoryKit],
  decorators: [withXModeProvider],
  // Before each story: the clock back at `STORY_START`, no toast left over from the story
  // before (sonner replays live toasts to a new Toaster), the mock in its seeded state
  // with the story's scenarios, and the account state and 429 window `parameters.xmode`
  // asks for. Undone after the story.
  beforeEach(context) {
    storyClock.restart();
    const { seed, scenarios = [], account = {}, cooldownMs } = xmodeParameters(context.parameters);
    const kit = kitFromLoaded(context.loaded);
    toast.dismiss();
    resetMockDb(seed);
    clearScenarios();
    for (const scenario of scenarios) {
      if (typeof scenario === 'string') forceScenario(scenario);
      else forceScenario(scenario[0], scenario[1]);
    }
    const { offline = false, ...flags } = account;
    onlineManager.setOnline(!offline);
    kit.account.setState(flags);
    if (cooldownMs) kit.api.windows.rateLimit.open(cooldownMs);
    return () => {
      onlineManager.setOnline(true);
      kit.queryClient.clear();
      Object.values(kit.api.windows).forEach((window) => window.close());
      clearScenarios();
      toast.dismiss();
    };
  },
  parameters: {
    layout: 'fullscreen',
    // Every story is also an axe check in `npm test`: a violation fails it. Colour
    // contrast included (the stories run in Chromium).
    a11y: { test: 'error' },
    controls: { matchers: { date: /At$/ } },
    viewport: { options: STORY_VIEWPORTS },
    options: {
      storySort: { order: ['Error states', ['Overview', '*'], 'Error catalog', 'Components', 'Forms', 'Themes', 'Hostile text'] },
    },
  },
  globalTypes: {
    theme: {
      description: 'Colour theme of the xm tokens',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the copy: English, the pseudo-locale (accented, ~40 % longer), or right to left (mirrored)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: DEFAULT_LOCALE, title: 'English' },
          { value: PSEUDO_LOCALE, title: 'Pseudo-locale (en-XA: longer, accented)' },
          { value: PSEUDO_RTL_LOCALE, title: 'Right to left (ar-XB: mirrored)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: DEFAULT_LOCALE },
};

export default preview;
