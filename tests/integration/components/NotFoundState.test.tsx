import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { XModeError } from '../../../src';
import { MAX_MESSAGE_LENGTH } from '../../../src/core/text';
import { NotFoundState } from '../../../src/components';
import { expectNoAxeViolations } from '../axe';
import { renderInProvider } from './componentKit';

describe('NotFoundState', () => {
  it.each([
    [{ kind: 'endUser', id: 'ana@example.com' }, "We couldn't find end-user ana@example.com"],
    [{ kind: 'generation', id: 'gen_42' }, "We couldn't find generation gen_42"],
    // The former name of `generation` reads the same: a Generation page never says "request".
    [{ kind: 'request', id: 'gen_42' }, "We couldn't find generation gen_42"],
    [{ kind: 'image', id: 'img_7' }, "We couldn't find image img_7"],
  ] as const)('should name what was missing for %o', async (resource, title) => {
    const { container } = renderInProvider(<NotFoundState resource={resource} />);
    expect(screen.getByRole('heading', { level: 2, name: title })).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('It may have been deleted, or it belongs to another account.');
    await expectNoAxeViolations(container);
  });

  it('should fall back to a generic heading and show the server text when the host names nothing', () => {
    const error = new XModeError({ code: 'not_found', status: 404, message: 'Generation request not found' });
    renderInProvider(<NotFoundState error={error} focusHeading={false} />);
    expect(screen.getByRole('heading', { name: "We couldn't find this" })).not.toHaveFocus();
    expect(screen.getByText('Details from xMode: Generation request not found')).toBeInTheDocument();
  });

  it('should render ids and server text as capped plain text', () => {
    const error = new XModeError({ code: 'not_found', status: 404, message: `<img src=x onerror=alert(1)>${'x'.repeat(2000)}` });
    const { container } = renderInProvider(<NotFoundState resource={{ kind: 'image', id: `<script>${'y'.repeat(1000)}` }} error={error} />);
    expect(container.querySelector('img, script')).toBeNull();
    const heading = screen.getByRole('heading');
    expect(heading.textContent?.length).toBeLessThan(260);
    expect(screen.getByText(/^Details from xMode: <img/).textContent?.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH + 'Details from xMode: '.length);
  });

  it('should prefix the page title only when asked', () => {
    document.title = 'Request';
    const view = renderInProvider(<NotFoundState />);
    expect(document.title).toBe('Request');
    view.rerender(<NotFoundState prefixDocumentTitle />);
    expect(document.title).toBe('Error: Request');
    view.unmount();
    expect(document.title).toBe('Request');
  });
});
