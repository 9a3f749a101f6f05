#!/usr/bin/env node
// Finds what the WebKit suite drives (tests/browsers, `npm run test:webkit`): Debian's
// WebKitGTK — `WebKitWebDriver` (webkit2gtk-driver), its `MiniBrowser` (shipped in
// libwebkit2gtk-4.1-0) and `Xvfb` (xvfb) for a display. $WEBKIT_DRIVER_PATH and
// $WEBKIT_BROWSER_PATH override. When something is missing and apt-get is usable as root,
// installs the packages (and says so); otherwise stops with a one-line instruction.
// Run alone it prints the three paths.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { aptInstall, commandPath } from './aptInstall.mjs';

const PACKAGES = ['webkit2gtk-driver', 'xvfb'];
const HINT = `No WebKitGTK found: run \`sudo apt-get update && sudo apt-get install -y ${PACKAGES.join(' ')}\`.`;

function fromEnv(name) {
  const value = process.env[name];
  if (value && !existsSync(value)) throw new Error(`${name} is set to ${value}, which does not exist.`);
  return value || undefined;
}

/** MiniBrowser's path from the library package's file list (its folder has the ABI in its name). */
function findMiniBrowser() {
  const listed = spawnSync('sh', ['-c', 'dpkg -L libwebkit2gtk-4.1-0 2>/dev/null | grep "/MiniBrowser$"'], { encoding: 'utf8' });
  const found = listed.stdout.trim().split('\n')[0];
  return found && existsSync(found) ? found : undefined;
}

/** `{ driver, browser, xvfb }` paths on this machine; a missing one is undefined. */
export function findWebKit() {
  return {
    driver: fromEnv('WEBKIT_DRIVER_PATH') ?? commandPath('WebKitWebDriver'),
    browser: fromEnv('WEBKIT_BROWSER_PATH') ?? findMiniBrowser(),
    xvfb: commandPath('Xvfb'),
  };
}

/** The three paths, installing webkit2gtk-driver and xvfb as root when one is missing. */
export function ensureWebKit() {
  const found = findWebKit();
  if (found.driver && found.browser && found.xvfb) return found;
  aptInstall('webkit', PACKAGES, HINT);
  const installed = findWebKit();
  if (!installed.driver || !installed.browser || !installed.xvfb) {
    throw new Error(`apt-get installed ${PACKAGES.join(', ')} but found ${JSON.stringify(installed)}; set WEBKIT_DRIVER_PATH / WEBKIT_BROWSER_PATH.`);
  }
  console.error(`[webkit] installed: ${installed.driver}, ${installed.browser}`);
  return installed;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(JSON.stringify(ensureWebKit()));
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exit(1);
  }
}
