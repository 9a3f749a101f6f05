import axe from 'axe-core';

/**
 * Runs axe-core on a rendered container and fails with the violations listed. jsdom
 * cannot compute colour contrast, so that rule runs in the browser suites (Storybook,
 * e2e), not here.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  if (summary.length > 0) throw new Error(`axe found ${summary.length} violation(s):\n${summary.join('\n')}`);
}
