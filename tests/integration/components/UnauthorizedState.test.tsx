import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UnauthorizedState } from '../../../src/components';
import { expectNoAxeViolations } from '../axe';
import { renderInProvider } from './componentKit';

const TITLE = 'Your API key is missing or has been revoked';

describe('UnauthorizedState', () => {
  it('should guide to the API keys page and take focus', async () => {
    const { container } = renderInProvider(<UnauthorizedState apiKeysHref="/api-keys" keyLast4="1234" />);
    expect(screen.getByRole('heading', { level: 2, name: TITLE })).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Add a valid API key on the API keys page');
    expect(screen.getByRole('link', { name: 'Go to API keys' })).toHaveAttribute('href', '/api-keys');
    expect(screen.getByText('Key ending in 1234')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('should show no more than the last 4 characters when handed a whole key', () => {
    renderInProvider(<UnauthorizedState keyLast4="xm_live_abcdef987654wxyz" />);
    expect(screen.getByText('Key ending in wxyz')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('xm_live_');
    expect(document.body.textContent).not.toContain('987654');
  });

  it('should leave out the key line and the link when the host has neither', () => {
    renderInProvider(<UnauthorizedState />);
    expect(screen.queryByText(/Key ending in/)).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
