/**
 * WebKit through selenium-webdriver over classic WebDriver: Debian's WebKitGTK —
 * `WebKitWebDriver` driving `MiniBrowser --automation` on an Xvfb display
 * (scripts/webkit.mjs installs all three). One driver and one display per run, one
 * WebDriver session (a fresh MiniBrowser) per flow. Classic WebDriver reports no console
 * messages: the probe's error listeners (tests/browsers/probe.ts) stand in, from the
 * first step that loads a page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { Builder, Key as SeleniumKey, WebElement, type WebDriver } from 'selenium-webdriver';
import { ensureWebKit } from '../../scripts/webkit.mjs';
import type { Key } from '../flows/flow';
import type { BrowserUnderTest, Session, Tab } from './driver';
import { VIEWPORT } from './firefox';

/** How long the display and the driver may take to start, ms. */
const START_MS = 20_000;

const KEYS: Record<Key, string[]> = {
  Tab: [SeleniumKey.TAB],
  'Shift+Tab': [SeleniumKey.SHIFT, SeleniumKey.TAB],
  Enter: [SeleniumKey.ENTER],
  Space: [SeleniumKey.SPACE],
  Escape: [SeleniumKey.ESCAPE],
  Backspace: [SeleniumKey.BACK_SPACE],
};

/**
 * A GTK configuration folder without animations: WebKitGTK then reports
 * `prefers-reduced-motion: reduce` (as the other suites ask for), so axe sees final
 * colours, never a toast mid-fade.
 */
function reducedMotionConfig(): string {
  const dir = join(process.cwd(), 'test-results/webkit/xdg-config');
  mkdirSync(join(dir, 'gtk-3.0'), { recursive: true });
  writeFileSync(join(dir, 'gtk-3.0/settings.ini'), '[Settings]\ngtk-enable-animations=false\n');
  return dir;
}

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts Xvfb on a display it picks itself (`-displayfd`), resolving to `:N`. */
function startDisplay(xvfb: string): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start in ${START_MS} ms`)), START_MS);
    child.once('error', reject);
    child.stdio[3]?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) {
        clearTimeout(timer);
        resolve({ display: `:${output.trim()}`, process: child });
      }
    });
  });
}

/** Resolves once `url` answers (the driver's /status). */
async function waitForServer(url: string): Promise<void> {
  const deadline = Date.now() + START_MS;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer in ${START_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function tabOf(driver: WebDriver, handle: string): Tab {
  /** Every command goes to this tab's window. */
  const here = async () => {
    if ((await driver.getWindowHandle()) !== handle) await driver.switchTo().window(handle);
    return driver;
  };
  const keys = async (sequence: string[]) => {
    const actions = (await here()).actions();
    const [modifier, key] = sequence.length === 2 ? sequence : [undefined, sequence[0]];
    if (modifier) actions.keyDown(modifier);
    actions.sendKeys(key as string);
    if (modifier) actions.keyUp(modifier);
    await actions.perform();
  };
  return {
    goto: async (url) => (await here()).get(url),
    back: async () => (await here()).navigate().back(),
    url: async () => (await here()).getCurrentUrl(),
    title: async () => (await here()).getTitle(),
    evaluate: async <T>(expression: string) => (await here()).executeScript<T>(`return ${expression};`),
    clickElement: async (expression) => {
      const found = await (await here()).executeScript<unknown>(`return ${expression};`);
      if (!(found instanceof WebElement)) return String(found);
      await found.click();
      return '';
    },
    press: (key) => keys(KEYS[key]),
    type: async (text) => (await here()).actions().sendKeys(text).perform(),
    selectAll: () => keys([SeleniumKey.CONTROL, 'a']),
    screenshot: async (path) => writeFile(path, await (await here()).takeScreenshot(), 'base64'),
    // The window's outer size: the viewport comes out a little smaller by the browser's frame.
    setViewport: async (width, height) => {
      await (await here()).manage().window().setRect({ width, height });
    },
    takeErrors: async () => [],
  };
}

/** Starts Xvfb and WebKitWebDriver; `newSession()` starts a fresh MiniBrowser per flow. */
export async function launchWebKit(): Promise<BrowserUnderTest> {
  const paths = ensureWebKit();
  const display = await startDisplay(paths.xvfb);
  const port = await freePort();
  const driverProcess = spawn(paths.driver, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display.display, XDG_CONFIG_HOME: reducedMotionConfig() },
  });
  const stop = () => {
    driverProcess.kill();
    display.process.kill();
  };
  try {
    await waitForServer(`http://127.0.0.1:${port}/status`);
  } catch (error) {
    stop();
    throw error;
  }
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: paths.browser, args: ['--automation'] },
  };
  const start = () => new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities).build();
  let version: string;
  try {
    const probeSession = await start();
    version = `WebKitGTK ${(await probeSession.getCapabilities()).getBrowserVersion() ?? ''} (${await probeSession.executeScript<string>('return navigator.userAgent;')})`;
    await probeSession.quit();
  } catch (error) {
    stop();
    throw error;
  }
  return {
    name: 'webkit',
    version,
    newSession: async (): Promise<Session> => {
      const driver = await start();
      await driver.manage().window().setRect(VIEWPORT);
      let first: string | undefined = await driver.getWindowHandle();
      return {
        openTab: async () => {
          // The session's window is the first tab opened; later ones are windows of their
          // own: MiniBrowser opens a new tab behind the current one (hidden, where React
          // Query pauses retries until it shows), a new window in front, as every
          // Playwright page is.
          if (first) {
            const handle = first;
            first = undefined;
            return tabOf(driver, handle);
          }
          await driver.switchTo().newWindow('window');
          return tabOf(driver, await driver.getWindowHandle());
        },
        close: () => driver.quit(),
      };
    },
    close: async () => stop(),
  };
}
