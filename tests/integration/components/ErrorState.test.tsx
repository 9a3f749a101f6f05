import { act, screen } from '@testing-library/react';
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
// status, or (`focus`) from its heading, which takes focus, with the body in an alert.
// payment_required and network_error are not here: outside a form the page-wide banner
// is the cause's surface (errorCatalog[code].surfaces.page); see "one quiet line" below.
const CASES: Array<[XModeErrorCode, string, 'alert' | 'status' | 'focus']> = [
  ['forbidden', "Your API key isn't allowed to do this", 'alert'],
  ['not_found', "We couldn't find end-user ana@example.com", 'focus'],
  ['internal_error', 'Something went wrong on our side', 'alert'],
  ['unexpected_response', 'We got an unexpected response', 'alert'],
  ['rate_limited', 'Too many requests', 'status'],
  ['content_policy', 'Your request was rejected by the content filter', 'alert'],
  ['provider_timeout', 'The image provider is taking too long', 'status'],
  ['provider_error', 'The image provider had a problem', 'status'],
  ['account_blocked', 'Your xMode account has been blocked', 'focus'],
  ['unauthorized', 'Your API key is missing or has been revoked', 'focus'],
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
    ['conflict', 'Try again'],
  ] as const)('should offer %s a "%s" button that calls onRetry', async (code, name) => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    renderInProvider(<ErrorState error={error(code)} onRetry={onRetry} />);
    await user.click(screen.getByRole('button', { name }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it.each(['forbidden', 'not_found', 'account_blocked', 'unauthorized', 'payment_required', 'network_error', 'validation_error'] as const)(
    'should offer no retry for %s',
    (code) => {
      renderInProvider(<ErrorState error={error(code)} onRetry={() => undefined} />);
      expect(screen.queryByRole('button', { name: /retry|try again/i })).not.toBeInTheDocument();
    },
  );

  // Seen once, too (#25): the banner states the cause and holds its one action; in place of
  // the content, one quiet line points there — no heading, no second Top up or Try again.
  it.each([
    ['payment_required', error('payment_required', { status: 402 })],
    ['network_error', error('network_error', { status: 0 })],
    ['a fetch TypeError (network_error)', new TypeError('Failed to fetch')],
  ] as const)('should show %s as one quiet line that points at the page-wide banner, gone with its cause', async (_label, value) => {
    const kit = createKit();
    // The caches' onError raises the account flag the banner reads; the line lives as long as it.
    kit.account.setState({ offline: true, paymentRequired: true });
    const { container } = renderInProvider(<ErrorState error={value} onRetry={() => undefined} className="panel" />, kit, { topUpHref: '/billing' });
    expect(container).toHaveTextContent("This couldn't load: see the notice at the top.");
    expect(container.firstElementChild).toHaveClass('panel');
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect([...screen.queryAllByRole('alert'), ...screen.queryAllByRole('status'), ...document.querySelectorAll('[aria-live]')]).toEqual([]);
    expect(screen.queryByText(/balance is too low|can't reach/)).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
    // A 402's line goes with its banner: the balance is back, nothing to point at.
    act(() => kit.account.setState({ paymentRequired: false }));
    if (value instanceof XModeError && value.code === 'payment_required') expect(container).toBeEmptyDOMElement();
    else expect(container).not.toBeEmptyDOMElement();
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

  it('should pass the heading level and class through', () => {
    const { container } = renderInProvider(<ErrorState error={error('forbidden', { status: 403 })} headingLevel={4} className="panel" />);
    expect(screen.getByRole('heading', { level: 4 })).toBeInTheDocument();
    expect(container.firstElementChild).toHaveClass('panel');
  });
});
