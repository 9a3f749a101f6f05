import { describe, expect, it, vi } from 'vitest';
import { createXModeClient, errorFromResponse, type XModeError } from '../../src/core';
import { outageScope } from '../../src/core/outage';
import { defaultMessages, describeError } from '../../src/react/messages';
import { CORPUS, type IntermediaryAnswer } from './intermediaries/corpus';

vi.mock('react', () => ({}));

/** Enough answers to say something about the world, from enough different sources. */
const MIN_ANSWERS = 40;

function respond(answer: IntermediaryAnswer): Response {
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

/** Everything of the error a user can read: the copy, and the server's text only when it is xMode's. */
function visibleText(error: XModeError): string {
  const { title, description } = describeError(defaultMessages, error);
  return [title, description, error.hasServerMessage ? error.message : ''].join('\n');
}

describe('the intermediaries corpus (#22)', () => {
  it(`should hold at least ${MIN_ANSWERS} answers, each with its source named`, () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(MIN_ANSWERS);
    for (const answer of CORPUS) {
      expect(answer.source, answer.name).toMatch(/^https:\/\/|^[\w.-]+\/[\w.-]+ /);
      expect(answer.foreign.length, answer.name).toBeGreaterThan(0);
      for (const word of answer.foreign) expect(answer.body + JSON.stringify(answer.headers), `${answer.name}: "${word}"`).toContain(word);
    }
    expect(new Set(CORPUS.map((answer) => answer.name)).size).toBe(CORPUS.length);
  });

  it('should cover every class: 401, 429, 5xx, other 4xx and the captive portal', () => {
    const codes = new Set(CORPUS.map((answer) => answer.expected.code));
    expect([...codes].sort()).toEqual(['internal_error', 'rate_limited', 'unauthorized', 'unexpected_response']);
    expect(CORPUS.some((answer) => answer.status === 511)).toBe(true);
    expect(CORPUS.some((answer) => answer.status >= 520)).toBe(true);
  });
});

describe.each(CORPUS.map((answer) => [answer.name, answer] as const))('errorFromResponse: %s', (_name, answer) => {
  it(`should end as ${answer.expected.code} with status ${answer.status}`, async () => {
    const error = await errorFromResponse(respond(answer));
    expect(error).toMatchObject({ code: answer.expected.code, status: answer.status, hasServerMessage: false });
    expect(error.retryAfterMs).toBe(answer.expected.retryAfterMs);
  });

  it('should lend none of its words to the screen or to the message', async () => {
    const error = await errorFromResponse(respond(answer));
    const visible = visibleText(error);
    for (const word of answer.foreign) {
      expect(visible, `"${word}" on screen`).not.toContain(word);
      expect(error.message, `"${word}" in the message`).not.toContain(word);
    }
    expect(visible).not.toMatch(/<[a-z!?]/i);
  });

  it('should keep, for developers, its status, who answered and the start of its body', async () => {
    const error = await errorFromResponse(respond(answer));
    for (const name of ['server', 'via', 'cf-ray', 'x-amz-cf-id', 'x-served-by', 'x-vercel-id', 'x-squid-error'] as const) {
      expect(error.responseHeaders?.[name], name).toBe(answer.headers[name]);
    }
    expect(error.responseText).toBeDefined();
    expect(answer.body.replace(/\s+/g, ' ')).toContain(error.responseText?.replace(/\s+/g, ' ').replace(/…$/, '').slice(0, 60));
  });

  if (answer.expected.code === 'internal_error') {
    it('should be an outage: reads retried, the circuit opened, its Retry-After honoured', async () => {
      expect(outageScope(await errorFromResponse(respond(answer)))).toBe('api');
    });
  }

  if (answer.expected.code === 'unexpected_response') {
    it('should tell the user something between them and xMode answered, with the status, and what to check', async () => {
      const { title, description } = describeError(defaultMessages, await errorFromResponse(respond(answer)));
      expect(title).toBe(`Something between you and xMode answered (HTTP ${answer.status})`);
      expect(description).toMatch(/network connection/);
      expect(description).toMatch(/VPN or proxy/);
      expect(description).toMatch(/base URL/);
    });
  }
});

describe('createXModeClient: intermediaries answering in place of the API (#22)', () => {
  const pick = (name: string): IntermediaryAnswer => {
    const answer = CORPUS.find((candidate) => candidate.name.startsWith(name));
    if (!answer) throw new Error(`no corpus answer named ${name}`);
    return answer;
  };

  async function thrownBy(answer: IntermediaryAnswer, method: 'get' | 'post'): Promise<XModeError> {
    // maxWaitMs 0: the answer as thrown, not the client's wait for a 429 to pass.
    const client = createXModeClient({ baseUrl: 'https://api.xmode.example', apiKey: 'xm_live_corpustestkey0001', fetch: () => Promise.resolve(respond(answer)), maxWaitMs: 0 });
    const request = method === 'get' ? client.get('/v1/balance') : client.post('/v1/generations', { prompt: 'a lighthouse' });
    return request.then(
      () => {
        throw new Error('the request should have failed');
      },
      (error: unknown) => error as XModeError,
    );
  }

  it.each([
    ['Kong 404 no Route matched', 'get'],
    ['Akamai 403 Access Denied', 'get'],
    ['API Gateway 403 Missing Authentication Token', 'get'],
    ['Captive portal 511', 'get'],
    ['Another vendor\'s 402 Insufficient Balance', 'post'],
    ['HAProxy 429', 'post'],
    ['Cloudflare 522', 'post'],
    ['API Gateway 504 Endpoint request timed out', 'post'],
  ] as const)('should throw the corpus outcome for %s (%s)', async (name, method) => {
    const answer = pick(name);
    const error = await thrownBy(answer, method);
    expect(error).toMatchObject({ name: 'XModeError', code: answer.expected.code, status: answer.status, hasServerMessage: false });
    const visible = visibleText(error);
    for (const word of answer.foreign) expect(visible).not.toContain(word);
    expect(JSON.stringify(error)).not.toContain('xm_live_corpustestkey0001');
  });
});
