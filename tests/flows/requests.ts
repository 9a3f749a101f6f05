/**
 * What the tabs flows conclude from the requests a tab sent (`inPage.sentRequests`), the
 * same in every interpreter: where a 429's window ends, and whether a held tab sent in
 * the window or too late after it.
 */
import type { SentRequest } from './inPage';
import type { Step } from './flow';

/** The epoch ms a 429 window ends: the first 429 answer to `path` + Retry-After; undefined before it came. */
export function windowEnd(sent: readonly SentRequest[], path: string, retryAfterS: number): number | undefined {
  // Resource Timing's responseStatus is missing in some engines (0): the scenario's first answer is the 429.
  const answer = sent.find((request) => request.path === path && (request.status === 429 || request.status === 0));
  return answer === undefined ? undefined : answer.answeredAt + retryAfterS * 1_000;
}

/** What is wrong with a tab's requests for an `expectSent` step: [] when nothing. */
export function sentProblems(step: Extract<Step, { do: 'expectSent' }>, sent: readonly SentRequest[], endsAt: number | undefined): string[] {
  const lines = sent.map((request) => `${request.path} at ${endsAt === undefined ? request.sentAt : `${request.sentAt - endsAt} ms after the window's end`}`);
  if ('none' in step) return sent.length === 0 ? [] : [`expected no /v1 request, got: ${lines.join('; ')}`];
  if (endsAt === undefined) return ['no window: expectSent needs an earlier windowFrom429 step'];
  const early = sent.filter((request) => request.sentAt - endsAt < step.fromMs);
  const first = sent.find((request) => request.path === step.path);
  const problems: string[] = [];
  if (early.length > 0) problems.push(`sent inside the window (before its end ${step.fromMs} ms): ${lines.join('; ')}`);
  if (!first) problems.push(`never sent ${step.path}; sent: ${lines.join('; ') || 'nothing'}`);
  else if (first.sentAt - endsAt > step.byMs) problems.push(`sent ${step.path} ${first.sentAt - endsAt} ms after the window's end (at most ${step.byMs} ms)`);
  return problems;
}
