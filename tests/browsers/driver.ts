/**
 * What the Firefox and WebKit runners need from a WebDriver client, so one runner
 * (runFlow.ts) serves both: puppeteer-core over WebDriver BiDi (firefox.ts) and
 * selenium-webdriver over classic WebDriver (webkit.ts).
 */
import type { Key } from '../flows/flow';

/** One tab (a page) of a session. */
export interface Tab {
  /** Loads `url` and waits for its load event. */
  goto(url: string): Promise<void>;
  back(): Promise<void>;
  url(): Promise<string>;
  title(): Promise<string>;
  /** The JSON value of a JavaScript expression in the page (a promise is awaited). */
  evaluate<T>(expression: string): Promise<T>;
  /**
   * Clicks, with the driver's own pointer input, the element `expression` evaluates to.
   * When it evaluates to a string instead (the probe's reason), returns that string.
   */
  clickElement(expression: string): Promise<string>;
  press(key: Key): Promise<void>;
  /** Keystrokes into the focused element. */
  type(text: string): Promise<void>;
  /** Ctrl+A: selects the focused field's whole value. */
  selectAll(): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Resizes the viewport to `width` × `height` CSS px. */
  setViewport(width: number, height: number): Promise<void>;
  /** Console errors and uncaught errors since the last call ("console.error: …", "uncaught: …"). */
  takeErrors(): Promise<string[]>;
}

/** A fresh browser state (no cookies, storage or service worker) whose tabs share one origin's storage and channels. */
export interface Session {
  openTab(): Promise<Tab>;
  close(): Promise<void>;
}

export interface BrowserUnderTest {
  /** `firefox` or `webkit`: names the screenshots' folder. */
  name: string;
  version: string;
  newSession(): Promise<Session>;
  close(): Promise<void>;
}
