import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { XModeError, type XModeErrorCode } from '../../../src';
import { ErrorState } from '../../../src/components';
import { expectNoAxeViolations } from '../axe';
import { createKit } from '../xmodeTestKit';
import { renderInProvider } from './componentKit';

const error = (code: XModeErrorCode, init: Partial<ConstructorParameters<typeof XModeError>[0]> = {}) =>
  new XModeError({ code, status: 500, message: `${code} from the server`, ...init });

// code → what the user sees, and how a screen reader hears it: inside an alert or a
// status, (`focus`) from its heading, which takes focus, with the body in an alert, or
// (`quiet`) not from here: outside a form the page-wide banner is the cause's surface
// (errorCatalog[code].surfaces.page), so the note in place shows it without a live region.
const CASES: Array<[XModeErrorCode, string, 'alert' | 'status' | 'focus' | 'quiet']> = [
  ['forbidden', "Your API key isn't allowed to do this", 'alert'],
  ['not_found', "We couldn't find end-user ana@example.com", 'focus'],
  ['internal_error', 'Something went wrong on our side', 'alert'],
  ['unexpected_response', 'We got an unexpected response', 'alert'],
  ['rate_limited', 'Too many requests', 'status'],
  ['content_policy', 'Your request was rejected by the content filter', 'alert'],
  ['provider_timeout', 'The image provider is taking too long', 'status'],
  ['provider_error', 'The image provider had a problem', 'status'],
  ['payment_required', 'Your xTokens balance is too low for this request', 'quiet'],
  ['account_blocked', 'Your xMode account has been blocked', 'focus'],
  ['unauthorized', 'Your API key is missing or has been revoked', 'focus'],
  // jsdom's browser is online: the API is what cannot be reached.
  ['network_error', "We can't reach the xMode API", 'quiet'],
  ['validation_error', 'Some details need fixing', 'alert'],
  ['conflict', "This can't be done right now", 'alert'],
];

describe('ErrorState', () => {
  it.each(CASES)('should show the %s state: "%s" (%s)', async (code, text, announced) => {
    const { container } = renderInProvider(
      <ErrorState error={error(code, { retryAfterMs: 30_000 })} resource={{ kind: 'endUser', id: 'ana@example.com' }} onRetry={() => undefined} />,
      createKit(),
      { topUpHref: '/billing', supportUrl: '/support' },
    );
    if (announced === 'focus') {
      expect(screen.getByRole('heading', { name: text })).toHaveFocus();
      expect(screen.getByRole('alert')).not.toBeEmptyDOMElement();
    } else if (announced === 'quiet') {
      expect(screen.getByRole('heading', { name: text })).toBeVisible();
      const live = [...screen.queryAllByRole('alert'), ...screen.queryAllByRole('status'), ...document.querySelectorAll('[aria-live]')];
      expect(live.filter((element) => element.textContent?.includes(text))).toEqual([]);
    } else {
      expect(screen.getAllByRole(announced).some((element) => element.textContent?.includes(text))).toBe(true);
    }
    expect(screen.queryByText(code)).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an aborted request', new DOMException('The user aborted a request.', 'AbortError')],
  ])('should render nothing for %s', (_label, value) => {
    const { container } = renderInProvider(<ErrorState error={value} />);
    expect(container).toBeEmptyDOMElement();
  });

  it.each([
    ['internal_error', 'Retry'],
    ['provider_timeout', 'Retry'],
    ['network_error', 'Try again'],
    ['conflict', 'Try again'],
  ] as const)('should offer %s a "%s" button that calls onRetry', async (code, name) => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    renderInProvider(<ErrorState error={error(code)} onRetry={onRetry} />);
    await user.click(screen.getByRole('button', { name }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it.each(['forbidden', 'not_found', 'account_blocked', 'unauthorized', 'payment_required', 'validation_error'] as const)(
    'should offer no retry for %s',
    (code) => {
      renderInProvider(<ErrorState error={error(code)} onRetry={() => undefined} />);
      expect(screen.queryByRole('button', { name: /retry|try again/i })).not.toBeInTheDocument();
    },
  );

  it('should point a payment error to the top-up route', () => {
    renderInProvider(<ErrorState error={error('payment_required', { status: 402 })} />, createKit(), { topUpHref: '/billing' });
    expect(screen.getByRole('link', { name: 'Top up' })).toHaveAttribute('href', '/billing');
  });

  it('should list validation problems as text, form-level first-class, and count the rest', () => {
    const fields: Record<string, string> = { _form: 'Too many reference images', endUserEmail: 'must be a valid email address' };
    for (let i = 0; i < 25; i += 1) fields[`images.${i}.prompt`] = '<i>is required</i>';
    renderInProvider(<ErrorState error={error('validation_error', { status: 400, fields })} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(20);
    expect(screen.getByText('Too many reference images')).toBeInTheDocument();
    expect(screen.getByText('endUserEmail: must be a valid email address')).toBeInTheDocument();
    expect(screen.getAllByText('images.0.prompt: <i>is required</i>')).toHaveLength(1);
    expect(document.querySelector('i')).toBeNull();
    expect(screen.getByText('And 7 more problems.')).toBeInTheDocument();
  });

  it('should normalize anything thrown: a fetch TypeError is the offline note', () => {
    renderInProvider(<ErrorState error={new TypeError('Failed to fetch')} />);
    expect(screen.getByRole('heading', { name: "We can't reach the xMode API" })).toBeVisible();
  });

  it('should pass the heading level and class through', () => {
    const { container } = renderInProvider(<ErrorState error={error('forbidden', { status: 403 })} headingLevel={4} className="panel" />);
    expect(screen.getByRole('heading', { level: 4 })).toBeInTheDocument();
    expect(container.firstElementChild).toHaveClass('panel');
  });
});
