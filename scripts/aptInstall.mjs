// Installs Debian packages a browser suite needs, as root, with apt-get (and says so);
// otherwise throws the one-line instruction `hint`. Shared by scripts/firefox.mjs and
// scripts/webkit.mjs.
import { execFileSync, spawnSync } from 'node:child_process';

/** True when this process may run apt-get: root, and apt-get on the PATH. */
export function canApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
}

/**
 * `apt-get update && apt-get install -y --no-install-recommends <packages>`, quietly,
 * with a line on stderr before (`label`, `packages`). Throws `hint` when apt is unusable.
 */
export function aptInstall(label, packages, hint) {
  if (!canApt()) throw new Error(hint);
  console.error(`[${label}] installing Debian's ${packages.join(', ')} with apt-get (about a minute, once)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env });
}

/** The first of `names` on the PATH (`command -v`), or undefined. */
export function commandPath(...names) {
  const which = spawnSync('sh', ['-c', names.map((name) => `command -v ${name}`).join(' || ')], { encoding: 'utf8' });
  return which.stdout.trim().split('\n')[0] || undefined;
}
