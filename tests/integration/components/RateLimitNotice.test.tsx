import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { XModeError } from '../../../src';
import { RateLimitNotice } from '../../../src/components';
import { expectNoAxeViolations } from '../axe';
import { createKit } from '../xmodeTestKit';
import { renderInProvider, spokenText } from './componentKit';

describe('RateLimitNotice', () => {
  describe('with fake timers', () => {
    // Timers, Date and performance.now() (the windows' clock) all on the test's clock.
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('should announce the start and the end only, while the visible number ticks', () => {
      const kit = createKit();
      renderInProvider(<RateLimitNotice />, kit);
      const status = screen.getByRole('status');
      expect(spokenText(status)).toBe('');

      // The API client's 429 window opens: the start is said at once, by the region that was there before.
      act(() => kit.windows.rateLimit.open(3_000));
      const started = spokenText(status);
      expect(started).toBe('Too many requests Requests are paused for a moment and will be sent again by themselves.');
      expect(screen.getByText('Trying again in 3 s')).toHaveAttribute('aria-hidden', 'true');

      // Ticks land just after each whole second of the one deadline.
      act(() => vi.advanceTimersByTime(1_001));
      expect(screen.getByText('Trying again in 2 s')).toBeInTheDocument();
      expect(spokenText(status)).toBe(started);

      act(() => vi.advanceTimersByTime(1_999));
      expect(spokenText(status)).toBe('You can send requests again.');
      expect(screen.queryByText(/Trying again in/)).not.toBeInTheDocument();
    });

    it('should say a long wait as a time ("after 14:05"), count the last two minutes, and say requests wait only within maxWaitMs (#25)', () => {
      vi.setSystemTime(new Date(2026, 11, 1, 14, 0, 0));
      const kit = createKit();
      renderInProvider(<RateLimitNotice />, kit);
      act(() => kit.windows.rateLimit.open(5 * 60_000));
      const at = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(new Date(2026, 11, 1, 14, 5, 0));
      expect(screen.getByText(`Try again after ${at}`)).toBeInTheDocument();
      expect(screen.queryByText(/\d{3,} s/)).not.toBeInTheDocument();
      // Longer left than the client's maxWaitMs (60 s): new requests fail instead of waiting.
      // The time is said once, by the line below the live text, readable (it does not tick) (#25).
      expect(screen.getByRole('status')).toHaveTextContent('Too many requestsWait before you send it again.');
      expect(screen.getAllByText(new RegExp(at))).toHaveLength(1);
      expect(screen.getByText(`Try again after ${at}`)).not.toHaveAttribute('aria-hidden');
      act(() => vi.advanceTimersByTime(5 * 60_000 - 120_000 + 1));
      expect(screen.getByText('You can send again in 120 s')).toHaveAttribute('aria-hidden', 'true');
      // Within maxWaitMs requests wait in the window and go by themselves.
      act(() => vi.advanceTimersByTime(60_000));
      expect(screen.getByText('Trying again in 60 s')).toBeInTheDocument();
      expect(screen.getByRole('status')).toHaveTextContent('will be sent again by themselves');
    });

    it("should count an error's own Retry-After, say nothing resends it, and offer Try again once it has passed", () => {
      const onRetry = vi.fn();
      const error = new XModeError({ code: 'rate_limited', status: 429, retryAfterMs: 2_000 });
      renderInProvider(<RateLimitNotice error={error} onRetry={onRetry} />);
      // A refused request is not sent again by itself: never "Trying again…", never "will resume".
      expect(screen.getByText('You can send again in 2 s')).toBeInTheDocument();
      expect(screen.getByText('Wait before you send it again.')).toBeInTheDocument();
      expect(screen.queryByText(/by themselves|Trying again/)).not.toBeInTheDocument();
      expect(screen.queryByRole('button')).not.toBeInTheDocument();
      act(() => vi.advanceTimersByTime(2_001));
      screen.getByRole('button', { name: 'Try again' }).click();
      expect(onRetry).toHaveBeenCalledTimes(1);
    });
  });

  it('should have no axe violations while counting and after', async () => {
    const user = userEvent.setup();
    const kit = createKit();
    const onRetry = vi.fn();
    const { container } = renderInProvider(<RateLimitNotice onRetry={onRetry} />, kit);
    act(() => kit.windows.rateLimit.open(60_000));
    await expectNoAxeViolations(container);
    act(() => kit.windows.rateLimit.close());
    expect(screen.getByRole('status')).toHaveTextContent('You can send requests again.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });
});
