import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StrictMode, type ReactNode } from 'react';
import { XModeError, XModeErrorProvider, type XModeClient } from '../../../src';
import { ConflictFlow, type ConflictFlowProps, type ConflictFlowState } from '../../../src/components/ConflictFlow';
import { MAX_CHECK_FAILURES, MAX_DELETE_CONFLICTS, checkDelayMs, conflictFlowReducer, initialConflictFlowState } from '../../../src/components/ConflictFlow/conflictFlowReducer';
import { expectNoAxeViolations } from '../axe';
import { API, createKit, sequence, listenCountingServer, xmodeError } from '../xmodeTestKit';

const net = listenCountingServer();

beforeEach(() => {
  // Polls are driven by advance(). Fake time also follows real time (testing-library
  // drains with a real-looking setTimeout(0), axe-core queues its checks on it), so the
  // interval checks below leave room for a few hundred ms of drift.
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

const EMAIL = 'ana@example.com';
const PATH = `/v1/end-users/${encodeURIComponent(EMAIL)}`;
const BLOCK = `POST ${PATH}/block`;
const DELETE = `DELETE ${PATH}`;
const LIST = 'GET /v1/generations';
const START = 'Block and delete when their generations finish';
/** Cancel, once they are blocked, says what it leaves behind. */
const STOP = 'Stop (ana@example.com stays blocked)';

// React applies the updates made inside act() when act() ends, and only then run the
// effects that start the next request or timer: time moves in steps, each its own act().
const STEP_MS = 250;
// Each hop of the flow (answer → render → effect → next request) needs one flush.
const FLUSH_ROUNDS = 8;

async function tick(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** Moves fake time on by `ms`, letting every answer, render and effect on the way settle. */
async function advance(ms: number) {
  for (let left = ms; left > 0; left -= STEP_MS) {
    await tick(Math.min(left, STEP_MS));
    await tick(0);
  }
  for (let round = 0; round < FLUSH_ROUNDS; round += 1) await tick(0);
}

function statusText() {
  return screen.getByRole('status').textContent;
}

/** The three requests wired to the module's client, as the demo does. */
function clientRequests(api: XModeClient): Pick<ConflictFlowProps, 'block' | 'countRunning' | 'remove'> {
  return {
    block: (signal) => api.post(`${PATH}/block`, undefined, { signal }),
    countRunning: async (signal) => {
      const page = await api.get<{ data: { status: string }[] }>('/v1/generations', { query: { endUserEmail: EMAIL }, signal });
      return page.data.filter((generation) => generation.status === 'queued' || generation.status === 'processing').length;
    },
    remove: (signal) => api.delete(PATH, { signal }),
  };
}

function generations(running: number) {
  return () => HttpResponse.json({ data: Array.from({ length: running }, (_, index) => ({ id: `gen_${index}`, status: index % 2 ? 'queued' : 'processing' })) });
}

/** Handlers of a stateful end-user: block is idempotent, the list answers `counts` in turn (then 0). */
function endUserApi(counts: number[]) {
  let reads = 0;
  net.use(
    http.post(`${API}${PATH}/block`, () => HttpResponse.json({ email: EMAIL, blocked: true })),
    http.get(`${API}/v1/generations`, () => generations(counts[reads++] ?? 0)()),
    http.delete(`${API}${PATH}`, () => new HttpResponse(null, { status: 204 })),
  );
}

function renderFlow(props: Partial<ConflictFlowProps> = {}) {
  const kit = createKit();
  const onDeleted = vi.fn();
  const onCancel = vi.fn();
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
  // A wrapper, so `rerender` keeps the provider and swaps only the flow's props.
  const wrapper = ({ children }: { children: ReactNode }) => (
    <XModeErrorProvider client={kit.queryClient} toaster={false}>
      {children}
    </XModeErrorProvider>
  );
  const view = render(
    <ConflictFlow email={EMAIL} onDeleted={onDeleted} onCancel={onCancel} {...clientRequests(kit.api)} {...props} />,
    { wrapper },
  );
  return { ...view, kit, user, onDeleted, onCancel };
}

describe('ConflictFlow', () => {
  it('should explain the conflict in an alert and move focus to its heading when it appears', async () => {
    const { container } = renderFlow();
    const heading = screen.getByRole('heading', { name: "ana@example.com can't be deleted yet" });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('They still have generations that are queued or processing');
    expect(screen.getByRole('button', { name: START })).toBeInTheDocument();
    expect(net.sent).toEqual([]);
    await expectNoAxeViolations(container);
  });

  it('should block, poll twice while generations run, then delete and focus the result (happy path)', async () => {
    endUserApi([2, 1, 0]);
    const { user, onDeleted, container } = renderFlow();

    await user.click(screen.getByRole('button', { name: START }));
    await advance(0);
    expect(statusText()).toBe('Blocked. Waiting for 2 generations to finish…');
    expect(screen.getByRole('button', { name: STOP })).toHaveFocus();
    expect(net.count(BLOCK)).toBe(1);
    await expectNoAxeViolations(container);

    await advance(1_000);
    expect(net.count(LIST)).toBe(1);
    await advance(1_000);
    expect(net.count(LIST)).toBe(2);
    expect(statusText()).toBe('Blocked. Waiting for 1 generation to finish…');
    expect(net.count(DELETE)).toBe(0);

    await advance(2_000);
    const result = screen.getByText('ana@example.com has been deleted.');
    expect(result).toHaveFocus();
    expect(onDeleted).toHaveBeenCalledTimes(1);
    expect(net.sent).toEqual([BLOCK, LIST, LIST, LIST, DELETE]);
    await expectNoAxeViolations(container);

    await advance(10_000);
    expect(net.sent).toHaveLength(5);
  });

  it('should stop polling and send no delete when the user cancels, and say the end-user is still blocked', async () => {
    endUserApi([3, 3, 3, 3]);
    const { user, onCancel, onDeleted, container } = renderFlow();
    await user.click(screen.getByRole('button', { name: START }));
    await advance(2_000);
    expect(statusText()).toBe('Blocked. Waiting for 3 generations to finish…');
    const checks = net.count(LIST);

    await user.click(screen.getByRole('button', { name: STOP }));
    const result = screen.getByText("Stopped. ana@example.com is still blocked and hasn't been deleted.");
    expect(result).toHaveFocus();
    expect(onCancel).toHaveBeenCalledWith({ blocked: true });
    await advance(20_000);
    expect(net.count(LIST)).toBe(checks);
    expect(net.count(DELETE)).toBe(0);
    expect(onDeleted).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: START })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: STOP })).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('should run by keyboard alone: Tab to start, Enter, Space on Cancel', async () => {
    endUserApi([2, 2]);
    const { user } = renderFlow();
    await user.tab();
    expect(screen.getByRole('button', { name: START })).toHaveFocus();
    await user.keyboard('{Enter}');
    await advance(0);
    expect(statusText()).toBe('Blocked. Waiting for 2 generations to finish…');
    expect(screen.getByRole('button', { name: STOP })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByText("Stopped. ana@example.com is still blocked and hasn't been deleted.")).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: START })).toHaveFocus();
  });

  it('should send no request and set no state after it unmounts during polling', async () => {
    endUserApi([2, 2, 2, 2, 2]);
    const consoleError = vi.spyOn(console, 'error');
    const requests = clientRequests(createKit().api);
    const countRunning = vi.fn(requests.countRunning);
    const { user, unmount, onDeleted } = renderFlow({ ...requests, countRunning });
    await user.click(screen.getByRole('button', { name: START }));
    await advance(0);
    await advance(2_000);
    const sent = net.sent.length;
    expect(net.count(LIST)).toBe(2);

    unmount();
    await advance(30_000);
    expect(net.sent).toHaveLength(sent);
    expect(countRunning).toHaveBeenCalledTimes(2);
    expect(onDeleted).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it('should abort a check that is in flight when it unmounts and ignore its late answer', async () => {
    let resolveCount: (value: number) => void = () => undefined;
    const signals: AbortSignal[] = [];
    const countRunning = vi.fn((signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<number>((resolve) => {
        resolveCount = resolve;
      });
    });
    const remove = vi.fn(async () => undefined);
    const { user, unmount } = renderFlow({ block: async () => undefined, countRunning, remove });
    await user.click(screen.getByRole('button', { name: START }));
    await advance(0);
    expect(countRunning).toHaveBeenCalledTimes(1);

    unmount();
    expect(signals[0]?.aborted).toBe(true);
    resolveCount(0);
    await advance(10_000);
    expect(remove).not.toHaveBeenCalled();
    expect(countRunning).toHaveBeenCalledTimes(1);
  });

  it('should treat a 409 on block as already blocked and go on', async () => {
    endUserApi([1, 0]);
    net.use(http.post(`${API}${PATH}/block`, () => xmodeError('conflict', 409)));
    const { user, onDeleted } = renderFlow();
    await user.click(screen.getByRole('button', { name: START }));
    await advance(0);
    expect(statusText()).toBe('Blocked. Waiting for 1 generation to finish…');
    expect(screen.queryByText("We couldn't block ana@example.com.")).not.toBeInTheDocument();
    await advance(2_000);
    expect(onDeleted).toHaveBeenCalledTimes(1);
    expect(net.sent).toEqual([BLOCK, LIST, LIST, DELETE]);
  });

  it('should delete at once, without waiting a poll interval, when nothing runs any more (first retry succeeds)', async () => {
    endUserApi([0]);
    const { user, onDeleted } = renderFlow({ pollIntervalMs: 60_000 });
    await user.click(screen.getByRole('button', { name: START }));
    await advance(0);
    expect(screen.getByText('ana@example.com has been deleted.')).toHaveFocus();
    expect(onDeleted).toHaveBeenCalledTimes(1);
    expect(net.sent).toEqual([BLOCK, LIST, DELETE]);
  });

  it('should count a 404 on delete as already deleted', async () => {
    endUserApi([0]);
    net.use(http.delete(`${API}${PATH}`, () => xmodeError('not_found', 404)));
    const { user, onDeleted } = renderFlow();
    await user.click(screen.getByRole('button', { name: START }));
    await advance(0);
    expect(screen.getByText('ana@example.com has been deleted.')).toBeInTheDocument();
    expect(onDeleted).toHaveBeenCalledTimes(1);
  });

  it('should show a failed block in its own state, with Try again that blocks again', async () => {
    endUserApi([0]);
    net.use(sequence(`${PATH}/block`, 1, () => xmodeError('forbidden', 403), () => HttpResponse.json({ blocked: true }), 'post'));
    const { user, container, onDeleted } = renderFlow();
    await user.click(screen.getByRole('button', { name: START }));
    await advance(0);

    const alert = screen.getAllByRole('alert').find((element) => element.textContent?.includes("We couldn't block"));
    expect(alert).toHaveTextContent("We couldn't block ana@example.com.");
    expect(alert).toHaveTextContent("Your API key isn't allowed to do this");
    expect(net.sent).toEqual([BLOCK]);
    expect(statusText()).toBe('');
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await advance(0);
    expect(onDeleted).toHaveBeenCalledTimes(1);
    expect(net.sent).toEqual([BLOCK, BLOCK, LIST, DELETE]);
  });

  it("should say the end-user wasn't blocked when the user cancels after a failed block", async () => {
    net.use(http.post(`${API}${PATH}/block`, () => HttpResponse.error()));
    const { user, onCancel } = renderFlow();
    await user.click(screen.getByRole('button', { name: START }));
    await advance(0);
    expect(screen.getByText("We can't reach the xMode API")).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText("Stopped. ana@example.com hasn't been blocked or deleted.")).toHaveFocus();
    expect(onCancel).toHaveBeenCalledWith({ blocked: false });
  });

  it('should keep polling with backoff through network errors, then delete', async () => {
    net.use(
      http.post(`${API}${PATH}/block`, () => HttpResponse.json({ blocked: true })),
      http.delete(`${API}${PATH}`, () => new HttpResponse(null, { status: 204 })),
    );
    let reads = 0;
    net.use(http.get(`${API}/v1/generations`, () => (++reads <= 2 ? HttpResponse.error() : generations(0)())));
    const { user, onDeleted, container } = renderFlow();
    await user.click(screen.getByRole('button', { name: START }));
    await advance(0);
    expect(statusText()).toBe("Blocked. We couldn't check their generations just now. Trying again automatically…");
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await expectNoAxeViolations(container);

    // 1st failure → 2 × 2 s; 2nd failure → 4 × 2 s.
    await advance(3_000);
    expect(net.count(LIST)).toBe(1);
    await advance(1_000);
    expect(net.count(LIST)).toBe(2);
    await advance(7_000);
    expect(net.count(LIST)).toBe(2);
    await advance(1_000);
    expect(onDeleted).toHaveBeenCalledTimes(1);
    expect(net.sent).toEqual([BLOCK, LIST, LIST, LIST, DELETE]);
  });

  it(`should stop after ${MAX_CHECK_FAILURES} failed checks in a row and offer Try again`, async () => {
    const countRunning = vi.fn(async (): Promise<number> => {
      throw new TypeError('Failed to fetch');
    });
    const { user, container } = renderFlow({ block: async () => undefined, countRunning, remove: async () => undefined });
    await user.click(screen.getByRole('button', { name: START }));
    await advance(120_000);
    expect(countRunning).toHaveBeenCalledTimes(MAX_CHECK_FAILURES);
    expect(screen.getByText("We couldn't check ana@example.com's generations. They are still blocked.")).toBeInTheDocument();
    expect(screen.getByText("We can't reach the xMode API")).toBeInTheDocument();
    await expectNoAxeViolations(container);

    countRunning.mockResolvedValueOnce(0);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await advance(0);
    expect(countRunning).toHaveBeenCalledTimes(MAX_CHECK_FAILURES + 1);
    expect(screen.getByText('ana@example.com has been deleted.')).toBeInTheDocument();
  });

  it('should fail at once on a check error that retrying cannot fix', async () => {
    const countRunning = vi.fn(async (): Promise<number> => {
      throw new XModeError({ code: 'forbidden', status: 403 });
    });
    const { user } = renderFlow({ block: async () => undefined, countRunning, remove: async () => undefined });
    await user.click(screen.getByRole('button', { name: START }));
    await advance(60_000);
    expect(countRunning).toHaveBeenCalledTimes(1);
    expect(screen.getByText("Your API key isn't allowed to do this")).toBeInTheDocument();
  });

  it('should go back to waiting when the delete still answers 409, and stop after a few', async () => {
    const remove = vi.fn(async () => {
      throw new XModeError({ code: 'conflict', status: 409 });
    });
    const countRunning = vi.fn(async () => 0);
    const { user, onDeleted } = renderFlow({ block: async () => undefined, countRunning, remove });
    await user.click(screen.getByRole('button', { name: START }));
    await advance(0);
    expect(remove).toHaveBeenCalledTimes(1);
    expect(statusText()).toBe('Blocked. Checking for generations that are still running…');
    await advance(60_000);
    expect(remove).toHaveBeenCalledTimes(MAX_DELETE_CONFLICTS);
    expect(screen.getByText("We couldn't delete ana@example.com. They are still blocked.")).toBeInTheDocument();
    expect(screen.getByText("This can't be done right now")).toBeInTheDocument();
    expect(onDeleted).not.toHaveBeenCalled();
  });

  it('should send each request once under StrictMode', async () => {
    endUserApi([1, 0]);
    const kit = createKit();
    const onDeleted = vi.fn();
    render(
      <StrictMode>
        <XModeErrorProvider client={kit.queryClient} toaster={false}>
          <ConflictFlow email={EMAIL} onDeleted={onDeleted} {...clientRequests(kit.api)} />
        </XModeErrorProvider>
      </StrictMode>,
    );
    expect(screen.getByRole('heading', { name: "ana@example.com can't be deleted yet" })).toHaveFocus();
    await userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) }).click(screen.getByRole('button', { name: START }));
    await advance(0);
    await advance(2_000);
    expect(net.sent).toEqual([BLOCK, LIST, LIST, DELETE]);
    expect(onDeleted).toHaveBeenCalledTimes(1);
  });

  it('should block once when the start button is pressed twice', async () => {
    endUserApi([5]);
    renderFlow();
    const start = screen.getByRole('button', { name: START });
    fireEvent.click(start);
    fireEvent.click(start);
    await advance(0);
    expect(net.count(BLOCK)).toBe(1);
  });

  it('should report the block, then offer Unblock and Close after a Cancel that left them blocked', async () => {
    endUserApi([3, 3, 3]);
    const unblock = vi.fn(async () => undefined);
    const onBlocked = vi.fn();
    const onClose = vi.fn();
    const { user } = renderFlow({ unblock, onBlocked, onClose });
    await user.click(screen.getByRole('button', { name: START }));
    await advance(0);
    expect(onBlocked).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: STOP }));
    expect(screen.getByText("Stopped. ana@example.com is still blocked and hasn't been deleted.")).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Unblock ana@example.com' }));
    await advance(0);
    expect(unblock).toHaveBeenCalledTimes(1);
    expect(screen.getByText("ana@example.com is unblocked and hasn't been deleted.")).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('button', { name: 'Unblock ana@example.com' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onBlocked).toHaveBeenCalledTimes(1);
  });

  it('should abort a pending Unblock when the flow starts again, so its late answer changes nothing', async () => {
    endUserApi([3, 3, 3]);
    let finish: () => void = () => undefined;
    let unblockSignal: AbortSignal | undefined;
    const unblock = vi.fn((signal: AbortSignal) => {
      unblockSignal = signal;
      return new Promise<void>((resolve) => (finish = resolve));
    });
    const { user } = renderFlow({ unblock });
    await user.click(screen.getByRole('button', { name: START }));
    await advance(0);
    await user.click(screen.getByRole('button', { name: STOP }));
    await user.click(screen.getByRole('button', { name: 'Unblock ana@example.com' }));
    expect(unblock).toHaveBeenCalledTimes(1);
    // Started again while the unblock is out: that unblock no longer speaks for the flow.
    await user.click(screen.getByRole('button', { name: START }));
    expect(unblockSignal?.aborted).toBe(true);
    finish();
    await advance(0);
    expect(screen.queryByText("ana@example.com is unblocked and hasn't been deleted.")).not.toBeInTheDocument();
  });

  it('should keep Cancel inert while the delete is in flight', async () => {
    let finish: () => void = () => undefined;
    const remove = vi.fn((_signal: AbortSignal) => new Promise<void>((resolve) => (finish = resolve)));
    const { user, onCancel } = renderFlow({ block: async () => undefined, countRunning: async () => 0, remove });
    await user.click(screen.getByRole('button', { name: START }));
    await advance(0);
    expect(statusText()).toBe('Deleting ana@example.com…');
    const cancel = screen.getByRole('button', { name: STOP });
    expect(cancel).toHaveAttribute('aria-disabled', 'true');
    await user.click(cancel);
    expect(onCancel).not.toHaveBeenCalled();
    finish();
    await advance(0);
    expect(screen.getByText('ana@example.com has been deleted.')).toBeInTheDocument();
  });

  it('should use the latest request functions without restarting a step when they change', async () => {
    const first = vi.fn(async () => 2);
    const second = vi.fn(async () => 0);
    const props = { block: async () => undefined, remove: async () => undefined };
    const { user, rerender } = renderFlow({ ...props, countRunning: first });
    await user.click(screen.getByRole('button', { name: START }));
    await advance(0);
    expect(first).toHaveBeenCalledTimes(1);
    rerender(<ConflictFlow email={EMAIL} {...props} countRunning={second} />);
    expect(second).not.toHaveBeenCalled();
    await advance(2_000);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });
});

describe('conflictFlowReducer', () => {
  const offline = new XModeError({ code: 'network_error', status: 0 });
  const forbidden = new XModeError({ code: 'forbidden', status: 403 });
  const conflict = new XModeError({ code: 'conflict', status: 409 });
  const notFound = new XModeError({ code: 'not_found', status: 404 });
  const waiting = (running: number | null, failures = 0, conflicts = 0): ConflictFlowState => ({
    phase: 'waiting',
    running,
    due: 'later',
    failures,
    conflicts,
  });

  it.each<[string, ConflictFlowState, Parameters<typeof conflictFlowReducer>[1], ConflictFlowState]>([
    ['start blocks', initialConflictFlowState, { type: 'start' }, { phase: 'blocking' }],
    ['block done checks now', { phase: 'blocking' }, { type: 'blocked' }, { phase: 'waiting', running: null, due: 'now', failures: 0, conflicts: 0 }],
    ['409 on block is done', { phase: 'blocking' }, { type: 'blockFailed', error: conflict }, { phase: 'waiting', running: null, due: 'now', failures: 0, conflicts: 0 }],
    ['other block errors fail', { phase: 'blocking' }, { type: 'blockFailed', error: forbidden }, { phase: 'failed', step: 'block', error: forbidden, blocked: false }],
    ['a count waits', waiting(null), { type: 'counted', running: 2 }, waiting(2)],
    ['zero deletes', waiting(2), { type: 'counted', running: 0 }, { phase: 'deleting', conflicts: 0 }],
    ['an offline check backs off', waiting(2), { type: 'countFailed', error: offline }, waiting(2, 1)],
    ['too many failed checks fail', waiting(2, MAX_CHECK_FAILURES - 1), { type: 'countFailed', error: offline }, { phase: 'failed', step: 'check', error: offline, blocked: true }],
    ['404 on delete is done', { phase: 'deleting', conflicts: 0 }, { type: 'removeFailed', error: notFound }, { phase: 'deleted' }],
    ['409 on delete waits again', { phase: 'deleting', conflicts: 0 }, { type: 'removeFailed', error: conflict }, waiting(null, 0, 1)],
    ['cancel while waiting', waiting(1), { type: 'cancel' }, { phase: 'cancelled', blocked: true }],
    ['retry a failed delete', { phase: 'failed', step: 'delete', error: offline, blocked: true }, { type: 'retry' }, { phase: 'deleting', conflicts: 0 }],
  ])('should go on when %s', (_name, state, event, next) => {
    expect(conflictFlowReducer(state, event)).toEqual(next);
  });

  it.each<[string, ConflictFlowState, Parameters<typeof conflictFlowReducer>[1]]>([
    ['a late count after cancel', { phase: 'cancelled', blocked: true }, { type: 'counted', running: 0 }],
    ['cancel during the block', { phase: 'blocking' }, { type: 'cancel' }],
    ['cancel during the delete', { phase: 'deleting', conflicts: 0 }, { type: 'cancel' }],
    ['a second start', { phase: 'blocking' }, { type: 'start' }],
    ['anything once deleted', { phase: 'deleted' }, { type: 'start' }],
  ])('should ignore %s (same state object)', (_name, state, event) => {
    expect(conflictFlowReducer(state, event)).toBe(state);
  });

  it.each<[string, number | undefined, 'now' | 'later', number, number]>([
    ['due now', 2_000, 'now', 0, 0],
    ['the interval', 2_000, 'later', 0, 2_000],
    ['the default interval', undefined, 'later', 0, 2_000],
    ['doubled after a failure', 2_000, 'later', 1, 4_000],
    ['capped at 30 s', 2_000, 'later', 4, 30_000],
    ['at least 250 ms for an interval of 0', 0, 'later', 0, 250],
    ['the default for NaN', Number.NaN, 'later', 0, 2_000],
    ['a long interval kept while backing off', 60_000, 'later', 2, 60_000],
  ])('should wait %s before a check', (_name, interval, due, failures, expected) => {
    expect(checkDelayMs({ phase: 'waiting', running: 1, due, failures, conflicts: 0 }, interval)).toBe(expected);
  });
});
