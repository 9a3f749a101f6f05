#!/usr/bin/env node
// Finds the Firefox the Firefox suite drives (tests/browsers, `npm run test:firefox`):
// $FIREFOX_PATH, else Debian's `firefox-esr` (or a `firefox` on the PATH). When none is
// found and apt-get is usable as root, installs Debian's firefox-esr (and says so);
// otherwise stops with a one-line instruction. Run alone it prints the path.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { aptInstall, commandPath } from './aptInstall.mjs';

const HINT = 'No Firefox found: run `sudo apt-get update && sudo apt-get install -y firefox-esr`, or set FIREFOX_PATH to a Firefox binary.';

/** The path of a Firefox on this machine, or undefined. */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, which does not exist.`);
  }
  const found = commandPath('firefox-esr', 'firefox');
  return found && existsSync(found) ? found : undefined;
}

/** The path of a Firefox, installing Debian's firefox-esr as root when none is found. */
export function ensureFirefox() {
  const found = findFirefox();
  if (found) return found;
  aptInstall('firefox', ['firefox-esr'], HINT);
  const installed = findFirefox();
  if (!installed) throw new Error('apt-get installed firefox-esr but no binary was found; set FIREFOX_PATH.');
  console.error(`[firefox] installed: ${installed}`);
  return installed;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(ensureFirefox());
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exit(1);
  }
}
