import axe from 'axe-core';
import { vi } from 'vitest';

/**
 * Runs axe-core on a rendered container and fails with the violations listed. jsdom
 * cannot compute colour contrast, so that rule runs in the browser suites (Storybook,
 * e2e), not here. On the fake clock, axe's own short timers (1 ms) are run as it goes, one
 * millisecond of test time at a time: a check moves the clock by a few ms, never past a
 * timer of the page's that is further away.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const running = axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    // Nothing to preload in jsdom (no media, no cross-origin CSS); a preload would wait on a timer.
    preload: false,
  });
  if (vi.isFakeTimers()) {
    let done = false;
    void running.finally(() => (done = true)).catch(() => undefined);
    while (!done) await vi.advanceTimersByTimeAsync(1);
  }
  const results = await running;
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  if (summary.length > 0) throw new Error(`axe found ${summary.length} violation(s):\n${summary.join('\n')}`);
}
