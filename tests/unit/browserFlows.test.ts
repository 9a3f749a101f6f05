import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS } from '../../src/mocks/scenarioList';
import { FLOW_GROUPS } from '../flows';
import { unexpectedErrors } from '../flows/flow';
import type { SentRequest } from '../flows/inPage';
import { sentProblems, windowEnd } from '../flows/requests';

const flows = FLOW_GROUPS.flatMap((group) => group.flows);

describe('shared browser flows (tests/flows)', () => {
  it('should open every mock scenario in some flow, so Chromium, Firefox and WebKit walk all of them (#23)', () => {
    const opened = new Set(
      flows.flatMap((flow) =>
        flow.steps.flatMap((step) => {
          if (step.do === 'openScenario') return [step.id];
          if (step.do === 'goto') return new URLSearchParams(step.path.split('?')[1] ?? '').getAll('scenario');
          return [];
        }),
      ),
    );
    expect(SCENARIO_IDS.filter((id) => !opened.has(id))).toEqual([]);
  });

  it('should give every flow a unique name (the reports and -t filters use it)', () => {
    const names = flows.map((flow) => flow.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('unexpectedErrors', () => {
  it('should tolerate Chromium\'s log of a 4xx/5xx answer and nothing else', () => {
    expect(
      unexpectedErrors([
        'console.error: Failed to load resource: the server responded with a status of 409 (Conflict)',
        'console.error: Failed to load resource: net::ERR_FAILED',
        'uncaught: A ServiceWorker passed an Error Response to FetchEvent.respondWith()',
      ]),
    ).toEqual(['console.error: Failed to load resource: net::ERR_FAILED', 'uncaught: A ServiceWorker passed an Error Response to FetchEvent.respondWith()']);
  });
});

describe('the tabs flows\' request checks', () => {
  const request = (path: string, sentAt: number, status = 200): SentRequest => ({ path, status, sentAt, answeredAt: sentAt + 5 });
  const step = { do: 'expectSent', path: '/v1/generations', fromMs: -150, byMs: 300 } as const;

  it('should end the window Retry-After after the 429 was answered', () => {
    expect(windowEnd([request('/v1/balance', 900), request('/v1/generations', 1_000, 429)], '/v1/generations', 3)).toBe(4_005);
    expect(windowEnd([request('/v1/generations', 1_000, 200)], '/v1/generations', 3)).toBeUndefined();
  });

  it.each([
    ['sent 40 ms after the end', [request('/v1/generations', 10_040)], []],
    ['sent 1.2 s after the end (a hidden Firefox tab\'s clamped timer)', [request('/v1/generations', 11_200)], ["sent /v1/generations 1200 ms after the window's end (at most 300 ms)"]],
    ['sent inside the window', [request('/v1/generations', 9_000), request('/v1/generations', 10_010)], [expect.stringMatching(/^sent inside the window/)]],
    ['never sent', [], [expect.stringMatching(/^never sent \/v1\/generations/)]],
  ])('should judge a held tab that %s', (_label, sent, problems) => {
    expect(sentProblems(step, sent, 10_000)).toEqual(problems);
  });

  it('should fail "nothing sent" on any request', () => {
    expect(sentProblems({ do: 'expectSent', none: true }, [], undefined)).toEqual([]);
    expect(sentProblems({ do: 'expectSent', none: true }, [request('/v1/generations', 5)], undefined)).toHaveLength(1);
  });
});
