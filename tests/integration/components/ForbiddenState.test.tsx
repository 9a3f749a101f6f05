import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { XModeError } from '../../../src';
import { ForbiddenState } from '../../../src/components';
import { expectNoAxeViolations } from '../axe';
import { renderInProvider } from './componentKit';

describe('ForbiddenState', () => {
  it('should explain in plain words, announce once and show the server text as text', async () => {
    const error = new XModeError({ code: 'forbidden', status: 403, message: '<b>Key lacks images:read</b>' });
    const { container } = renderInProvider(<ForbiddenState error={error} headingLevel={3} />);

    const alert = screen.getByRole('alert');
    expect(alert).toContainElement(screen.getByRole('heading', { level: 3, name: "You don't have access to this" }));
    expect(alert).toHaveTextContent('Ask an account admin for access.');
    expect(screen.getByText('Details from xMode: <b>Key lacks images:read</b>')).toBeInTheDocument();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByRole('heading')).not.toHaveFocus();
    await expectNoAxeViolations(container);
  });

  it("should leave out the module's own fallback text and accept the host's className", () => {
    const { container } = renderInProvider(<ForbiddenState error={new XModeError({ code: 'forbidden', status: 403 })} className="card" />);
    expect(screen.queryByText(/Details from xMode/)).not.toBeInTheDocument();
    expect(screen.queryByText(/HTTP 403/)).not.toBeInTheDocument();
    expect(container.firstElementChild).toHaveClass('xm-state', 'card');
  });
});
