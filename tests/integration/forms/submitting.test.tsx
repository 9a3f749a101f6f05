import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pass } from '../testClock';
import { listenCountingServer } from '../xmodeTestKit';
import { expectNoAxeViolations } from '../axe';
import { answerCreated, answerCreatedOnRelease, answerError, fillValid, findSummary, renderForm, submitButton } from './formKit';

// Each test types, submits and runs axe: allow for a loaded CI machine.
vi.setConfig({ testTimeout: 15_000 });

const net = listenCountingServer();
afterEach(() => {
  vi.useRealTimers();
});

describe('SubmitButton and double submits', () => {
  it('should send one request when the user clicks twice while the first is in flight', async () => {
    const created = answerCreatedOnRelease();
    net.use(created.handler);
    const { user, view } = renderForm();
    await fillValid(user);
    await user.click(submitButton());

    await waitFor(() => expect(submitButton()).toHaveAttribute('aria-disabled', 'true'));
    expect(submitButton()).toHaveAccessibleDescription('Sending…');
    await expectNoAxeViolations(view.container);
    await user.click(submitButton());
    await user.type(screen.getByRole('textbox', { name: 'End-user email' }), '{Enter}');
    // A submit that bypasses the button (a script, an assistive technology) is ignored too.
    act(() => {
      fireEvent.submit(submitButton().closest('form') as HTMLFormElement);
    });
    created.release();

    expect(await screen.findByRole('status')).toHaveTextContent('Generation gen_1 started');
    expect(net.count('POST /v1/generations')).toBe(1);
    expect(submitButton()).not.toHaveAttribute('aria-disabled');
    expect(submitButton()).not.toHaveAccessibleDescription();
  });

  it('should send one request for two submit events in the same tick', async () => {
    net.use(answerCreated(50));
    const { user } = renderForm();
    await fillValid(user);
    const form = submitButton().closest('form') as HTMLFormElement;
    act(() => {
      fireEvent.submit(form);
      fireEvent.submit(form);
    });

    expect(await screen.findByRole('status')).toHaveTextContent('Generation gen_1 started');
    expect(net.count('POST /v1/generations')).toBe(1);
  });

  it('should keep focus on the button while it is blocked', async () => {
    const created = answerCreatedOnRelease();
    net.use(created.handler);
    const { user } = renderForm();
    await fillValid(user);
    await user.click(submitButton());
    await waitFor(() => expect(submitButton()).toHaveAttribute('aria-disabled', 'true'));
    expect(submitButton()).toHaveFocus();
    created.release();
    await screen.findByRole('status');
  });

  it("should block submitting with a countdown during the API client's 429 window, then send once", async () => {
    vi.useFakeTimers();
    net.use(answerCreated());
    const { user, kit, view } = renderForm();
    await fillValid(user);
    act(() => kit.windows.rateLimit.open(1_500));

    expect(submitButton()).toHaveAttribute('aria-disabled', 'true');
    expect(submitButton()).toHaveAccessibleDescription('You can send again in 2 s');
    await expectNoAxeViolations(view.container);
    await user.click(submitButton());
    expect(net.count('POST /v1/generations')).toBe(0);

    await pass(501);
    expect(submitButton()).toHaveAccessibleDescription('You can send again in 1 s');
    await pass(1_000);
    expect(submitButton()).not.toHaveAttribute('aria-disabled');
    await user.click(submitButton());
    await pass(0);
    expect(screen.getByRole('status')).toHaveTextContent('Generation gen_1 started');
    expect(net.count('POST /v1/generations')).toBe(1);
  });

  it('should show rate_limited at the form level and count down on the button', async () => {
    vi.useFakeTimers();
    // Longer than the client waits by itself (maxWaitMs 60 s): the request fails at once, unsent again.
    net.use(answerError(429, { code: 'rate_limited', message: 'slow down' }, { 'retry-after': '120' }));
    const { user, view } = renderForm();
    await fillValid(user);
    await user.click(submitButton());
    await pass(0);

    const summary = await findSummary();
    // Nothing sends it again by itself: the copy says so, not that it resumes; the wait
    // itself is said once, by the button it blocks (#25).
    expect(summary).toHaveTextContent(/^There is a problemToo many requests\. Wait before you send it again\.$/);
    expect(summary).not.toHaveTextContent(/by themselves/);
    expect(submitButton()).toHaveAttribute('aria-disabled', 'true');
    expect(submitButton()).toHaveAccessibleDescription('You can send again in 120 s');
    expect(screen.getAllByText(/120 s/)).toHaveLength(1);
    await user.click(submitButton());
    expect(net.count('POST /v1/generations')).toBe(1);
    await expectNoAxeViolations(view.container);
  });
});

describe('form states have no axe violations', () => {
  it('should pass axe before any submit, with the advanced section open', async () => {
    const { user, view } = renderForm();
    await expectNoAxeViolations(view.container);
    await user.click(screen.getByRole('checkbox', { name: 'Show advanced settings' }));
    await user.click(screen.getByRole('button', { name: 'Add a reference image' }));
    await expectNoAxeViolations(view.container);
  });
});
