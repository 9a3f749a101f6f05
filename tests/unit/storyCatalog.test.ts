import { loadCsf } from 'storybook/internal/csf-tools';
import { describe, expect, it } from 'vitest';
import { errorCatalog } from '../../src/core';

// Every story file, as source text, parsed the way Storybook's indexer parses it.
const sources = import.meta.glob<string>('/src/**/*.stories.tsx', { query: '?raw', import: 'default', eager: true });

const indexed = Object.entries(sources).map(([fileName, code]) => {
  const csf = loadCsf(code, { fileName, makeTitle: (title) => title }).parse();
  return { fileName, title: csf.meta.title ?? '', stories: csf.stories };
});

const GROUP = 'Error states/';
const codes = Object.keys(errorCatalog);

describe('Storybook error states', () => {
  it.each(codes)('should have at least one story titled "Error states/%s"', (code) => {
    const stories = indexed.filter((file) => file.title === `${GROUP}${code}`).flatMap((file) => file.stories);
    expect(stories.map((story) => story.id), `no story titled "${GROUP}${code}"`).not.toHaveLength(0);
  });

  it('should file every "Error states" story under a code of errorCatalog', () => {
    const strays = indexed
      .filter((file) => file.title.startsWith(GROUP) && !codes.includes(file.title.slice(GROUP.length)))
      .map((file) => `${file.fileName}: ${file.title}`);
    expect(strays).toEqual([]);
  });

  it('should give every story file a title and at least one story', () => {
    const empty = indexed.filter((file) => !file.title || file.stories.length === 0).map((file) => file.fileName);
    expect(empty).toEqual([]);
  });
});
