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
    expect(alert).toContainElement(screen.getByRole('heading', { level: 3, name: "Your API key isn't allowed to do this" }));
    // A next step, not just "no access".
    expect(alert).toHaveTextContent('Ask an account admin to give this key the permission, or use a key that has it');
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

  it('should offer the API keys page as the next step when the host has one', () => {
    renderInProvider(<ForbiddenState error={new XModeError({ code: 'forbidden', status: 403 })} apiKeysHref="/settings" />);
    expect(screen.getByRole('link', { name: 'Go to API keys' })).toHaveAttribute('href', '/settings');
  });
});
