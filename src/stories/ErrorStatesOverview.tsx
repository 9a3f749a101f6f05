import { Story } from '@storybook/addon-docs/blocks';
import type { ModuleExports } from 'storybook/internal/types';
import { errorCatalog, type CatalogCode, type CatalogEntry, type RetryRule, type Surface } from '../core';
import { defaultMessages, type XModeMessages } from '../react';
import { describeError } from '../react/messages';
import { ERROR_STATE_NAMES, statusLabel } from './kit/errorStateNames';

/** Where each surface shows, in a designer's words. */
const WHERE: Record<Surface, string> = {
  summary: 'On the form that was sent: a summary at the top, a message on each field.',
  banner: 'A banner across the top of every page, once, however many requests failed.',
  screen: 'A whole screen in place of the features that need the API; the rest of the dashboard works.',
  inline: 'In place of the thing that could not be shown or done.',
  toast: 'A toast, when nothing on the screen shows it (a refresh behind data that is still shown).',
  image: "In the image's own cell: a placeholder the same size as the image.",
};

/** What the user can do, quoting the buttons and links by their copy. */
const ACTIONS: Record<CatalogCode, (m: XModeMessages) => string> = {
  validation_error: () => 'Fix the fields the summary lists (each link jumps to its field), then send again.',
  unauthorized: (m) => `“${m.components.apiKeysLink}” to add a valid key.`,
  account_blocked: (m) => `“${m.ui.contactSupport}”; “${m.components.billingLink}” and “${m.components.settingsLink}” still work.`,
  forbidden: () => 'Ask an account admin for access. Nothing to retry.',
  not_found: () => 'Check the link or ID, or go back to the list.',
  payment_required: (m) => `“${m.components.topUp}”, or dismiss the banner until the next paid request.`,
  conflict: (m) => `“${m.conflict.blockAndDelete}” (a guided flow), or “${m.conflict.cancel}”.`,
  content_policy: (m) => `“${m.components.editPrompt}” and rephrase.`,
  rate_limited: (m) => `Wait: requests resume by themselves. “${m.ui.tryAgain}” appears when the wait is over.`,
  provider_timeout: (m) => `Usually nothing: the retry succeeds. After the last one, “${m.ui.retry}”.`,
  provider_error: (m) => `Usually nothing: the retry succeeds. After the last one, “${m.ui.retry}”.`,
  internal_error: (m) => `“${m.ui.tryAgain}”; if it keeps happening, “${m.ui.copyRequestId}” and “${m.ui.contactSupport}”.`,
  network_error: (m) => `“${m.ui.tryAgain}”; it also recovers by itself when the connection is back.`,
  timeout: (m) => `Usually nothing: the retry succeeds. After the last one, “${m.ui.retry}”.`,
  unexpected_response: (m) => `“${m.ui.tryAgain}”; if it keeps happening, “${m.ui.contactSupport}”.`,
  storage_failed: (m) => `“${m.images.rerunPrompt}” puts the prompt back in the form.`,
};

function automatic(rule: RetryRule): string {
  if (rule.kind === 'never') return 'Not retried: retrying cannot help.';
  const wait = rule.kind === 'window' ? "after the server's wait" : 'a moment later';
  const times = Number.isFinite(rule.maxRetries) ? `${rule.maxRetries}×` : 'until it goes through (up to a minute)';
  return `Retried by itself ${times} ${wait}${rule.mutations ? '' : ' (page data only; a sent form is never repeated)'}.`;
}

/** A story file's first story, in source order (Storybook's CSF plugin adds `__namedExportsOrder`). */
function firstStory(file: ModuleExports | undefined): ModuleExports | undefined {
  if (!file) return undefined;
  const order = Array.isArray(file.__namedExportsOrder) ? (file.__namedExportsOrder as string[]) : Object.keys(file);
  const name = order.find((key) => key !== 'default' && !key.startsWith('__'));
  return name ? (file[name] as ModuleExports) : undefined;
}

export interface ErrorStatesOverviewProps {
  /** Each code's story file (`import * as … from './errorStates/<code>.stories'` in the MDX page). */
  files: Partial<Record<CatalogCode, ModuleExports>>;
  /** Height of each live state's frame. */
  height?: string;
}

/**
 * One section per code of `errorCatalog`, in the catalog's order: its name, HTTP status
 * and code; where it shows; what the user reads (the default copy); what they can do;
 * and beside it the code's first story, live, in its own frame (its play function runs,
 * so the state is the one a user reaches).
 */
export function ErrorStatesOverview({ files, height = '460px' }: ErrorStatesOverviewProps) {
  const messages = defaultMessages;
  return (
    <div className="xm-overview">
      {(Object.keys(errorCatalog) as CatalogCode[]).map((code) => {
        const entry: CatalogEntry = errorCatalog[code];
        const story = firstStory(files[code]);
        // The final error, browser online (the code's own story shows the other situations).
        const copy = describeError(messages, { code });
        return (
          <section key={code} className="xm-overview__code" aria-labelledby={`overview-${code}`}>
            <div className="xm-overview__facts">
              <h2 id={`overview-${code}`}>{ERROR_STATE_NAMES[code]}</h2>
              <dl>
                <dt>HTTP status · code</dt>
                <dd>
                  {statusLabel(code)} · <code>{code}</code>
                </dd>
                <dt>Where it shows</dt>
                <dd>{WHERE[entry.surfaces.page]}</dd>
                <dt>What the user reads</dt>
                <dd>
                  <strong>{copy.title}</strong> {copy.description}
                </dd>
                <dt>What they can do</dt>
                <dd>
                  {ACTIONS[code](messages)} {automatic(entry.retry)}
                </dd>
              </dl>
            </div>
            <div className="xm-overview__live">
              {story ? <Story of={story} inline={false} height={height} /> : <p><strong>No story yet.</strong></p>}
            </div>
          </section>
        );
      })}
    </div>
  );
}
