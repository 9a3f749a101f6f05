import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BlockedAccountScreen } from '../../../src/components';
import { expectNoAxeViolations } from '../axe';
import { createKit } from '../xmodeTestKit';
import { renderInProvider } from './componentKit';

const TITLE = 'Your xMode account has been blocked';

describe('BlockedAccountScreen', () => {
  it('should say what happened, that the dashboard still works, and link to billing, settings and support', async () => {
    const { container } = renderInProvider(<BlockedAccountScreen settingsHref="/settings" />, createKit(), {
      topUpHref: '/billing',
      supportUrl: 'mailto:support@xmode.example',
    });

    expect(screen.getByRole('heading', { level: 2, name: TITLE })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The rest of the dashboard still works');
    expect(screen.getByText('These parts of the dashboard still work:')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to billing' })).toHaveAttribute('href', '/billing');
    expect(screen.getByRole('link', { name: 'Go to settings' })).toHaveAttribute('href', '/settings');
    expect(screen.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', 'mailto:support@xmode.example');
    expect(screen.queryByRole('button', { name: /retry|try again/i })).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('should move focus to its heading and prefix the page title while shown, then restore it', () => {
    document.title = 'Generations';
    const view = renderInProvider(<BlockedAccountScreen />);
    const heading = screen.getByRole('heading', { name: TITLE });
    expect(heading).toHaveFocus();
    expect(heading).toHaveAttribute('tabindex', '-1');
    expect(document.title).toBe('Error: Generations');
    view.unmount();
    expect(document.title).toBe('Generations');
  });

  it('should prefer its own links over the provider ones and use the heading level given', () => {
    renderInProvider(<BlockedAccountScreen billingHref="/account/billing" supportUrl="/help" headingLevel={3} focusHeading={false} prefixDocumentTitle={false} />, createKit(), {
      topUpHref: '/billing',
      supportUrl: 'mailto:support@xmode.example',
    });
    expect(screen.getByRole('heading', { level: 3, name: TITLE })).not.toHaveFocus();
    expect(screen.getByRole('link', { name: 'Go to billing' })).toHaveAttribute('href', '/account/billing');
    expect(screen.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', '/help');
  });

  it('should leave out the list and the support link when none is configured', () => {
    renderInProvider(<BlockedAccountScreen />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('should use host copy from the provider', () => {
    renderInProvider(<BlockedAccountScreen />, createKit(), {
      messages: { errors: { account_blocked: { title: 'Compte bloqué' } } },
    });
    expect(screen.getByRole('heading', { name: 'Compte bloqué' })).toBeInTheDocument();
  });
});
