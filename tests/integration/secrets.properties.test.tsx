import { inspect } from 'node:util';
import { useQuery } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { XModeErrorProvider, useServerErrors } from '../../src';
import { toXModeError } from '../../src/core';
import { ErrorState } from '../../src/components/ErrorState';
import { ErrorSummary } from '../../src/components/ErrorSummary';
import { FieldError } from '../../src/components/FieldError';
import { leaked, plantedResponse, plantedThrow, printedForms, type Planted } from '../unit/secretArbitraries';
import { DEFAULT_MAX_WAIT_MS } from '../../src/core/createXModeClient';
import { API, createKit } from './xmodeTestKit';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** The error as every part of the module shows it: the drop-in state, a form, the toast. */
function Shown({ load }: { load: (signal: AbortSignal) => Promise<unknown> }) {
  // Declared background: its final error is also the toast's (the state and the form show it anyway).
  const query = useQuery({ queryKey: ['planted'], queryFn: ({ signal }) => load(signal), retry: false, meta: { xmode: { shownIn: 'background' } } });
  const form = useForm<{ prompt: string; email: string }>({ defaultValues: { prompt: '', email: '' } });
  const errors = useServerErrors(form, query.error, { idPrefix: 'planted', cooldown: false });
  return (
    <main>
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      <form noValidate aria-label="Planted">
        <ErrorSummary server={errors} />
        <label htmlFor={errors.fieldId('prompt')}>Prompt</label>
        <FieldError server={errors} name="prompt" />
        <input {...form.register('prompt')} {...errors.fieldProps('prompt')} />
        <label htmlFor={errors.fieldId('email')}>Email</label>
        <FieldError server={errors} name="email" />
        <input {...form.register('email')} {...errors.fieldProps('email')} />
      </form>
      {query.isError ? <p>Settled</p> : null}
    </main>
  );
}

async function everythingShown(load: (kit: ReturnType<typeof createKit>, signal: AbortSignal) => Promise<unknown>): Promise<string[]> {
  // On the fake clock: a 429 or an outage is waited out by the client (and given up after
  // maxWaitMs) in test time.
  vi.useFakeTimers();
  const onError = vi.fn();
  const kit = createKit({ onError });
  try {
    render(
      <XModeErrorProvider client={kit.queryClient} supportUrl="mailto:support@xmode.test">
        <Shown load={(signal) => load(kit, signal)} />
      </XModeErrorProvider>,
    );
    await act(() => vi.advanceTimersByTimeAsync(DEFAULT_MAX_WAIT_MS + 10_000));
    expect(screen.getByText('Settled')).toBeInTheDocument();
    // Every final error but an abort reaches the host's onError: the payload is checked too.
    const reported = onError.mock.calls.length > 0;
    const finalError = kit.queryClient.getQueryCache().find({ queryKey: ['planted'] })?.state.error;
    expect(reported || toXModeError(finalError).aborted).toBe(true);
    const payloads = onError.mock.calls.flatMap(([error, info]) => [...printedForms(error), inspect(info, { depth: 10 })]);
    const page = [document.body.innerHTML, document.body.textContent ?? '', document.title];
    return [...page, ...payloads];
  } finally {
    // A failed run must not leave its page to the next (fast-check shrinks on).
    toast.dismiss();
    cleanup();
    kit.queryClient.clear();
    vi.useRealTimers();
  }
}

const expectNothingLeaked = (texts: string[], planted: Planted[]) => expect(leaked(texts, planted)).toBeUndefined();

// Property tests in jsdom under a loaded machine: few runs, a generous time limit.
describe('no secret reaches the DOM or onError (property)', () => {
  it('a secret anywhere in a response: not in the page, the toast, the form, or onError', async () => {
    await fc.assert(
      fc.asyncProperty(plantedResponse, async ({ planted, response }) => {
        server.resetHandlers(http.get(`${API}/v1/planted`, () => response()));
        expectNothingLeaked(await everythingShown((kit, signal) => kit.api.get('/v1/planted', { signal })), planted);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('a secret anywhere in a thrown value: not in the page, the toast, the form, or onError', async () => {
    await fc.assert(
      fc.asyncProperty(plantedThrow, async ({ planted, thrown }) => {
        expectNothingLeaked(await everythingShown(() => Promise.reject(thrown())), planted);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
