import { AnchorMdx } from '@storybook/addon-docs/blocks';
import { isExportStory, storyNameFromExport, toId, type IncludeExcludeOptions } from 'storybook/internal/csf';
import { errorCatalog, type CatalogCode, type CatalogEntry, type RetryRule, type Surface } from '../core';
import { defaultMessages } from '../react';
import { describeError } from '../react/messages';
import { errorStateTitle } from './kit/errorStateNames';

interface CsfModule {
  default: IncludeExcludeOptions & { title?: string };
  [exportName: string]: unknown;
}

// Every story file of the group, read as Storybook reads it (export name → story id).
const storyFiles = import.meta.glob<CsfModule>('./errorStates/*.stories.tsx', { eager: true });

interface StoryLink {
  id: string;
  name: string;
}

/** The stories filed under the code's title (`errorStateTitle`), in file order. */
export function storiesFor(code: CatalogCode, files: Record<string, CsfModule> = storyFiles): StoryLink[] {
  const title = errorStateTitle(code);
  return Object.values(files)
    .filter((file) => file.default.title === title)
    .flatMap((file) =>
      // Storybook's CSF plugin adds `__namedExportsOrder`: the exports in source order.
      exportOrder(file)
        .filter((key) => isExportStory(key, file.default))
        .map((key) => ({ id: toId(title, storyNameFromExport(key)), name: storyNameFromExport(key) })),
    );
}

function exportOrder(file: CsfModule): string[] {
  const order = file.__namedExportsOrder;
  const keys = Array.isArray(order) ? order.map(String) : Object.keys(file);
  return keys.filter((key) => key !== 'default' && !key.startsWith('__'));
}

function describeRetry(rule: RetryRule): string {
  if (rule.kind === 'never') return 'never';
  const wait = rule.kind === 'window' ? "by the API client, after its window (Retry-After)" : 'by React Query, backoff with jitter';
  const times = Number.isFinite(rule.maxRetries) ? `${rule.maxRetries}×` : 'until maxWaitMs';
  return `${wait}, ${times} (${rule.mutations ? 'mutations too' : 'queries only'})`;
}

const SURFACES: Record<Surface, string> = {
  summary: 'the error summary (+ field messages)',
  banner: 'one page-wide banner',
  screen: 'a screen in place of the /v1 features',
  inline: 'inline, in place of the resource',
  toast: 'a toast (nothing on screen shows it)',
  image: 'a per-image placeholder',
};

const codes = Object.keys(errorCatalog) as CatalogCode[];

/**
 * The error catalog as a table, built from `errorCatalog` when the page renders (so it
 * cannot drift from the code), each code linked to its stories.
 */
export function ErrorCatalogTable() {
  return (
    <table>
      <caption>Every code of errorCatalog: {codes.length} codes</caption>
      <thead>
        <tr>
          <th scope="col">code</th>
          <th scope="col">HTTP</th>
          <th scope="col">retried automatically</th>
          <th scope="col">UI state</th>
          <th scope="col">what the user reads</th>
          <th scope="col">stories</th>
        </tr>
      </thead>
      <tbody>
        {codes.map((code) => {
          const entry: CatalogEntry = errorCatalog[code];
          const stories = storiesFor(code);
          return (
            <tr key={code}>
              <th scope="row">
                <code>{code}</code>
              </th>
              <td>{entry.status === 0 ? '—' : entry.status}</td>
              <td>{describeRetry(entry.retry)}</td>
              <td>
                {`form: ${SURFACES[entry.surfaces.form]}; page: ${SURFACES[entry.surfaces.page]}; background: ${SURFACES[entry.surfaces.background]}`}
                {entry.account ? ` (account state: ${entry.account})` : ''}
              </td>
              <td>{describeError(defaultMessages, { code }).title}</td>
              <td>
                {stories.length === 0 ? (
                  <strong>no story yet</strong>
                ) : (
                  <ul>
                    {stories.map((story) => (
                      <li key={story.id}>
                        <AnchorMdx href={`?path=/story/${story.id}`} target="_self">{story.name}</AnchorMdx>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
