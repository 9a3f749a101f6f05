import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { toast } from 'sonner';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { XModeError, XModeErrorProvider, type XModeErrorProviderSettings, type XModeSettings } from '../../../src';
import { showErrorToast } from '../../../src/react/toasts';
import { defaultMessages } from '../../../src/react/messages';
import { createKit } from '../xmodeTestKit';

function renderPage(props: XModeErrorProviderSettings = {}) {
  const kit = createKit();
  render(
    <XModeErrorProvider client={kit.queryClient} supportUrl="mailto:support@xmode.test" {...props}>
      <button type="button">First</button>
      <button type="button">Last in the page</button>
    </XModeErrorProvider>,
  );
  return kit;
}

const serverError = () => new XModeError({ code: 'internal_error', status: 500, requestId: 'req_t1' });
/** The settings a toast is shown with, as the runtime resolves them. */
const settings = (extra: Partial<XModeSettings> = {}): XModeSettings => ({ messages: defaultMessages, toasts: true, shareAcrossTabs: true, ...extra });
const toastEl = () => document.querySelector<HTMLElement>('[data-sonner-toast]');

afterEach(() => vi.useRealTimers());

describe('the module toaster', () => {
  it('should let Tab leave a toast for good (no loop back to where focus came from)', async () => {
    const user = userEvent.setup();
    renderPage();
    act(() => showErrorToast(serverError(), settings({ supportUrl: 'mailto:support@xmode.test' }), () => undefined));
    await waitFor(() => expect(toastEl()).not.toBeNull());
    screen.getByRole('button', { name: 'Last in the page' }).focus();
    // Into the toasts: the toast itself, then its controls.
    const stops: string[] = [];
    for (let press = 0; press < 8; press += 1) {
      await user.tab();
      const focused = document.activeElement as HTMLElement;
      stops.push(focused.getAttribute('aria-label') ?? focused.textContent?.trim() ?? focused.tagName);
    }
    // After the last control of the toast, Tab goes on (to the page's first element), not back to "Last in the page".
    const afterToast = stops.indexOf('First');
    expect(afterToast, stops.join(' → ')).toBeGreaterThan(0);
    expect(stops.slice(0, afterToast)).not.toContain('Last in the page');
  });

  it('should give focus back to where it came from when the focused toast goes away', async () => {
    renderPage();
    act(() => showErrorToast(serverError(), settings(), () => undefined));
    await waitFor(() => expect(toastEl()).not.toBeNull());
    const origin = screen.getByRole('button', { name: 'Last in the page' });
    origin.focus();
    act(() => (toastEl() as HTMLElement).focus());
    expect(toastEl()).toHaveFocus();
    act(() => toast.dismiss());
    await waitFor(() => expect(toastEl()).toBeNull());
    await waitFor(() => expect(origin).toHaveFocus());
  });

  it("should theme the toasts from the module's tokens, following the provider's theme", async () => {
    renderPage({ theme: 'dark' });
    act(() => void toast('Saved'));
    await waitFor(() => expect(document.querySelector('[data-sonner-toaster]')).not.toBeNull());
    const toaster = document.querySelector('[data-sonner-toaster]') as HTMLElement;
    expect(toaster).toHaveClass('xm-toaster', 'xm-dark');
    expect(toaster).toHaveAttribute('data-sonner-theme', 'dark');
  });

  it('should name the toasts and their close buttons from the copy', async () => {
    renderPage();
    act(() => showErrorToast(serverError(), settings()));
    await waitFor(() => expect(toastEl()).not.toBeNull());
    expect(screen.getByRole('region', { name: /^Notifications/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close notification' })).toBeInTheDocument();
  });

  it('should put toasts at the top while the focused element is in the lower half of the viewport', async () => {
    renderPage();
    const low = screen.getByRole('button', { name: 'Last in the page' });
    vi.spyOn(low, 'getBoundingClientRect').mockReturnValue({ top: window.innerHeight - 40, height: 30, bottom: window.innerHeight - 10, left: 0, right: 100, width: 100, x: 0, y: window.innerHeight - 40, toJSON: () => ({}) });
    act(() => low.focus());
    act(() => void toast('Saved'));
    await waitFor(() => expect(document.querySelector('[data-sonner-toaster]')).toHaveAttribute('data-y-position', 'top'));
    act(() => screen.getByRole('button', { name: 'First' }).focus());
    await waitFor(() => expect(document.querySelector('[data-sonner-toaster]')).toHaveAttribute('data-y-position', 'bottom'));
  });

  it('should keep an error toast until it is closed (its actions have no time limit)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    renderPage();
    act(() => showErrorToast(serverError(), settings(), () => undefined));
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(toastEl()).not.toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(toastEl()).not.toBeNull();
    expect(toastEl()).toHaveTextContent('Copy request ID');
  });
});
