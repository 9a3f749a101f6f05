// Preloaded with `node --import` before a scenario that renders React: a jsdom window as
// the global environment, installed before react-dom and React Query read `window`.
import { JSDOM } from 'jsdom';

const { window } = new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>', {
  pretendToBeVisual: true,
  url: 'http://127.0.0.1/',
});
for (const key of Object.getOwnPropertyNames(window)) {
  if (key in globalThis) continue; // keep Node's own fetch, timers, performance, events
  try {
    globalThis[key] = window[key];
  } catch {
    // a few window getters throw outside a browsing context; nothing below needs them
  }
}
globalThis.window = window;
globalThis.document = window.document;
Object.defineProperty(globalThis, 'navigator', { value: window.navigator, configurable: true });
