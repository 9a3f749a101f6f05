import { readFileSync, readdirSync } from 'node:fs';
import { builtinResolvers, makeFsImporter, parse, type Documentation } from 'react-docgen';
import { loadCsf } from 'storybook/internal/csf-tools';
import { describe, expect, it } from 'vitest';

// Each public component has a folder `src/components/<Name>/` with `<Name>.tsx` and
// `<Name>.stories.tsx`. Internal: StatePanel, primitives and LiveRegion (the states'
// building blocks), and Toaster (only the stylesheet of the provider's own toaster,
// src/react/XModeToaster.tsx; toasts show in the error-state and Themes/Dark stories).
const root = new URL('../../', import.meta.url).pathname;
const INTERNAL = new Set(['StatePanel', 'primitives', 'LiveRegion', 'Toaster']);
const components = readdirSync(`${root}src/components`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !INTERNAL.has(entry.name))
  .map((entry) => entry.name);

/** What Storybook's react-docgen plugin extracts for the component (storybook/main.ts). */
function docgen(name: string): Documentation | undefined {
  const filename = `${root}src/components/${name}/${name}.tsx`;
  const docs = parse(readFileSync(filename, 'utf8'), {
    filename,
    importer: makeFsImporter(),
    resolver: new builtinResolvers.FindExportedDefinitionsResolver(),
  });
  return docs.find((doc) => doc.displayName === name);
}

function storyMeta(name: string) {
  const fileName = `${root}src/components/${name}/${name}.stories.tsx`;
  return loadCsf(readFileSync(fileName, 'utf8'), { fileName, makeTitle: (title) => title }).parse().meta;
}

describe('component docs pages', () => {
  it('should find the public components', () => {
    expect(components.length).toBeGreaterThan(15);
  });

  it.each(components)('should give %s a docs page (autodocs) about the component itself', (name) => {
    const meta = storyMeta(name);
    expect(meta.tags ?? []).toContain('autodocs');
    expect(meta.component).toBe(name);
  });

  it.each(components)('should describe %s and every one of its props in TSDoc', (name) => {
    const doc = docgen(name);
    expect(doc?.description?.trim(), `${name} has no TSDoc description`).toBeTruthy();
    const props = Object.entries(doc?.props ?? {});
    expect(props.length).toBeGreaterThan(0);
    expect(props.filter(([, prop]) => !prop.description?.trim()).map(([prop]) => prop)).toEqual([]);
  });
});
