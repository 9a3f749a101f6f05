import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

describe('src/styles.css', () => {
  it('should @import every component stylesheet, since lib mode ships only this file', () => {
    const stylesheet = readFileSync(join(root, 'src/styles.css'), 'utf8');
    const imported = new Set([...stylesheet.matchAll(/@import '\.\/([^']+)';/g)].map((match) => match[1]));
    const components = readdirSync(join(root, 'src/components'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.css'))
      .map((file) => `components/${file.split('\\').join('/')}`);
    expect(components.length).toBeGreaterThan(0);
    expect(components.filter((file) => !imported.has(file))).toEqual([]);
  });
});
