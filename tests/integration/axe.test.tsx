import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe';

describe('expectNoAxeViolations', () => {
  it('should fail for a button without a name and pass for a named one', async () => {
    const bad = render(<button type="button" />);
    await expect(expectNoAxeViolations(bad.container)).rejects.toThrow(/button-name/);
    bad.unmount();
    const good = render(<button type="button">Retry</button>);
    await expectNoAxeViolations(good.container);
  });
});
