import { loadCsf } from 'storybook/internal/csf-tools';
import { describe, expect, it } from 'vitest';
import { errorCatalog, type CatalogCode } from '../../src/core';
import { ERROR_STATES_GROUP, ERROR_STATE_NAMES, errorStateTitle } from '../../src/stories/kit/errorStateNames';

// Every story file, as source text, parsed the way Storybook's indexer parses it.
const sources = import.meta.glob<string>('/src/**/*.stories.tsx', { query: '?raw', import: 'default', eager: true });

const indexed = Object.entries(sources).map(([fileName, code]) => {
  const csf = loadCsf(code, { fileName, makeTitle: (title) => title }).parse();
  return { fileName, title: csf.meta.title ?? '', stories: csf.stories };
});

const codes = Object.keys(errorCatalog) as CatalogCode[];
const titles = codes.map(errorStateTitle);

describe('Storybook error states', () => {
  it.each(codes)('should have at least one story for %s, titled for people with the code kept', (code) => {
    const title = errorStateTitle(code);
    expect(title).toMatch(new RegExp(`^${ERROR_STATES_GROUP}/${ERROR_STATE_NAMES[code]} \\((\\d{3}|no status), ${code}\\)$`));
    const stories = indexed.filter((file) => file.title === title).flatMap((file) => file.stories);
    expect(stories.map((story) => story.id), `no story titled "${title}"`).not.toHaveLength(0);
  });

  it('should file every "Error states" story under a code of errorCatalog', () => {
    const strays = indexed
      .filter((file) => file.title.startsWith(`${ERROR_STATES_GROUP}/`) && !titles.includes(file.title))
      .map((file) => `${file.fileName}: ${file.title}`);
    expect(strays).toEqual([]);
  });

  it('should give every code a distinct name', () => {
    expect(new Set(Object.values(ERROR_STATE_NAMES)).size).toBe(codes.length);
  });

  it('should give every story file a title and at least one story', () => {
    const empty = indexed.filter((file) => !file.title || file.stories.length === 0).map((file) => file.fileName);
    expect(empty).toEqual([]);
  });
});
