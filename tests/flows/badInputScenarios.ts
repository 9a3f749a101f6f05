/**
 * The generation list fed broken answers: each ends in a sane, designed state with a way
 * on (Retry), never a blank page or an uncaught error (every runner fails on those; the
 * mock fails network_error in the page, so no browser logs an error for it, #23).
 */
import { axe, click, css, expectThat, openScenario, press, role, screenshot, testId, text, type Flow } from './flow';
import { ACCOUNT_NOTICES, GENERATION_LIST, MAIN, h1 } from './demo';

const UNEXPECTED = role('heading', 'We got an unexpected response');
const RETRY = role('button', 'Retry', { within: MAIN });

export const BAD_INPUT_FLOWS: readonly Flow[] = [
  {
    name: "network_error: the banner says it once (the API is out of reach, the browser is online), the list's place one quiet line; its Try again loads the list",
    steps: [
      openScenario('network_error'),
      // React Query's retries are progress: shown ("Retrying…"), never announced (#25).
      expectThat(testId('retrying'), { text: 'Retrying…' }, { timeout: 5_000 }),
      expectThat(testId('retrying'), { attribute: 'aria-hidden', equals: 'true' }),
      // The banner is the cause's one voice (its status region) and its one statement on
      // screen, with the one Try again; in place of the list, one quiet line points there (#25).
      expectThat(role('status', undefined, { within: ACCOUNT_NOTICES, hasText: "We can't reach the xMode API" }), { visible: true }, { timeout: 15_000 }),
      expectThat(text("This couldn't load: see the notice at the top.", { within: MAIN }), { visible: true }),
      expectThat(text(/We can't reach the xMode API/), { count: 1 }),
      expectThat(role('button', 'Try again'), { count: 1 }),
      // Not "You're offline": navigator.onLine is true, only the API did not answer.
      expectThat(text(/You're offline/), { count: 0 }),
      axe('network_error'),
      screenshot('network_error'),
      click(role('button', 'Try again', { within: ACCOUNT_NOTICES })),
      expectThat(GENERATION_LIST, { visible: true }),
      expectThat(text(/We can't reach the xMode API/), { count: 0 }),
      // Focus went from the pressed button to the heading of what replaced it (#21).
      expectThat(h1('Generations'), { focused: true }),
    ],
  },
  {
    name: 'html_502: a proxy HTML page → a server fault ("something went wrong") with Retry, no HTML rendered',
    steps: [
      openScenario('html_502'),
      expectThat(role('heading', 'Something went wrong on our side'), { visible: true }, { timeout: 10_000 }),
      expectThat(text('502 Bad Gateway'), { count: 0 }),
      expectThat(css('main center'), { count: 0 }),
      axe('html_502'),
      screenshot('html_502'),
      press('Enter', RETRY),
      // A 502 is an outage: the API client sends the retry when its outage window allows.
      expectThat(GENERATION_LIST, { visible: true }, { timeout: 15_000 }),
      expectThat(h1('Generations'), { focused: true }),
    ],
  },
  {
    name: 'firewall_403: a firewall HTML page → "something between you and xMode answered", never "isn\'t allowed"',
    steps: [
      openScenario('firewall_403'),
      expectThat(role('heading', 'Something between you and xMode answered (HTTP 403)'), { visible: true }, { timeout: 10_000 }),
      expectThat(text(/VPN or proxy/), { visible: true }),
      expectThat(text(/administrative rules|isn't allowed/), { count: 0 }),
      axe('firewall_403'),
      screenshot('firewall_403'),
    ],
  },
  {
    name: 'empty_500: an empty 500 → "something went wrong" with Retry and support',
    steps: [
      openScenario('empty_500'),
      expectThat(role('heading', 'Something went wrong on our side'), { visible: true }, { timeout: 10_000 }),
      expectThat(role('link', 'Contact support', { within: MAIN }), { visible: true }),
      axe('empty_500'),
      screenshot('empty_500'),
      press('Enter', RETRY),
      expectThat(GENERATION_LIST, { visible: true }),
      expectThat(h1('Generations'), { focused: true }),
    ],
  },
  {
    name: 'truncated_json: a 200 with cut JSON → "unexpected response" with the request ID',
    steps: [
      openScenario('truncated_json'),
      expectThat(UNEXPECTED, { visible: true }, { timeout: 10_000 }),
      expectThat(text(/Request ID: req_/, { within: MAIN }), { visible: true }),
      axe('truncated_json'),
      screenshot('truncated_json'),
      press('Enter', RETRY),
      expectThat(GENERATION_LIST, { visible: true }),
      expectThat(h1('Generations'), { focused: true }),
    ],
  },
];
