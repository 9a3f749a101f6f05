import { readFileSync, readdirSync } from 'node:fs';
import { builtinResolvers, makeFsImporter, parse, type Documentation } from 'react-docgen';
import { loadCsf } from 'storybook/internal/csf-tools';
import { describe, expect, it } from 'vitest';

// Each public component has a folder `src/components/<Name>/` with `<Name>.tsx` and
// `<Name>.stories.tsx`. Internal: StatePanel, primitives and LiveRegion (the states'
// building blocks), and Toaster (the provider's own toaster, XModeToaster.tsx, internal;
// toasts show in the error-state and Themes/Dark stories). The provider renders nothing of
// its own: every story renders inside it (storybook/preview.tsx), so it has no stories of
// its own, but its props are documented like every component's.
const root = new URL('../../', import.meta.url).pathname;
const INTERNAL = new Set(['StatePanel', 'primitives', 'LiveRegion', 'Toaster']);
const PROVIDER = 'XModeErrorProvider';
const folders = readdirSync(`${root}src/components`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !INTERNAL.has(entry.name))
  .map((entry) => entry.name);
const components = folders.filter((name) => name !== PROVIDER);

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

// react-docgen resolves each component's imports from disk: seconds on a loaded 2-core machine.
const DOCGEN_TIMEOUT_MS = 60_000;

function storyMeta(name: string) {
  const fileName = `${root}src/components/${name}/${name}.stories.tsx`;
  return loadCsf(readFileSync(fileName, 'utf8'), { fileName, makeTitle: (title) => title }).parse().meta;
}

describe('component docs pages', () => {
  it('should find the public components and the provider', () => {
    expect(components.length).toBeGreaterThan(15);
    expect(folders).toContain(PROVIDER);
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
  }, DOCGEN_TIMEOUT_MS);

  it('should describe XModeErrorProvider and every one of its own props in TSDoc (children is the app)', () => {
    const doc = docgen(PROVIDER);
    expect(doc?.description?.trim()).toBeTruthy();
    const props = Object.entries(doc?.props ?? {}).filter(([prop]) => prop !== 'children');
    expect(props.map(([prop]) => prop)).toEqual(expect.arrayContaining(['supportUrl', 'topUpHref', 'navigate', 'toaster', 'theme']));
    expect(props.filter(([, prop]) => !prop.description?.trim()).map(([prop]) => prop)).toEqual([]);
  }, DOCGEN_TIMEOUT_MS);
});
