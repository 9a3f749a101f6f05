#!/usr/bin/env node
// The one font family the visual review renders with, so screenshots are the same on
// every machine: Debian's fonts-dejavu-core (DejaVu Sans, DejaVu Sans Mono). When the
// fonts are missing and apt-get is usable as root, installs the package (and says so);
// otherwise stops with a one-line instruction. `fontconfigFile()` writes a fontconfig
// file that offers Chromium these fonts only, with fixed rendering settings: every
// family a stylesheet asks for (system-ui, sans-serif, monospace…) resolves to DejaVu.
// Run alone it prints that file's path.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where Debian's fonts-dejavu-core puts the fonts. */
export const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
/** The files of fonts-dejavu-core (fonts-dejavu-extra adds variants that would change matching). */
const REQUIRED = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSansMono.ttf', 'DejaVuSansMono-Bold.ttf', 'DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf'];

/** The fonts directory, installing fonts-dejavu-core as root when the fonts are missing. */
export function ensureFonts() {
  if (REQUIRED.every((file) => existsSync(join(FONT_DIR, file)))) return FONT_DIR;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!isRoot || !hasApt) {
    throw new Error('No DejaVu fonts found: run `sudo apt-get update && sudo apt-get install -y fonts-dejavu-core`.');
  }
  console.error('[fonts] installing Debian\'s fonts-dejavu-core with apt-get (once)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'fonts-dejavu-core'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (!REQUIRED.every((file) => existsSync(join(FONT_DIR, file)))) throw new Error(`fonts-dejavu-core installed, but ${FONT_DIR} lacks ${REQUIRED.join(', ')}.`);
  return FONT_DIR;
}

/**
 * Writes (under `dir`) and returns a fontconfig file that offers the fonts-dejavu-core
 * files only (linked into its own folder, whatever else the machine has), maps the
 * generic families to them, and fixes the rendering settings.
 */
export function fontconfigFile(dir = join(dirname(fileURLToPath(import.meta.url)), '../test-results/fontconfig')) {
  const source = ensureFonts();
  const fonts = join(dir, 'fonts');
  rmSync(fonts, { recursive: true, force: true });
  mkdirSync(fonts, { recursive: true });
  mkdirSync(join(dir, 'cache'), { recursive: true });
  for (const file of REQUIRED) symlinkSync(join(source, file), join(fonts, file));
  const alias = (generic, family) => `  <alias binding="same"><family>${generic}</family><prefer><family>${family}</family></prefer></alias>`;
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${fonts}</dir>
  <cachedir>${join(dir, 'cache')}</cachedir>
${['system-ui', 'sans-serif', '-apple-system', 'Segoe UI', 'Roboto', 'ui-sans-serif', 'Helvetica', 'Arial'].map((name) => alias(name, 'DejaVu Sans')).join('\n')}
${['serif', 'Times New Roman'].map((name) => alias(name, 'DejaVu Serif')).join('\n')}
${['monospace', 'ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', 'Courier New'].map((name) => alias(name, 'DejaVu Sans Mono')).join('\n')}
  <match target="font">
    <edit name="antialias" mode="assign"><bool>true</bool></edit>
    <edit name="hinting" mode="assign"><bool>true</bool></edit>
    <edit name="hintstyle" mode="assign"><const>hintslight</const></edit>
    <edit name="rgba" mode="assign"><const>none</const></edit>
    <edit name="embeddedbitmap" mode="assign"><bool>false</bool></edit>
  </match>
</fontconfig>
`,
  );
  return file;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(fontconfigFile());
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exit(1);
  }
}
