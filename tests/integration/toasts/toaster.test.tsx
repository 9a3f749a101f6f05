import { act, render, screen, waitFor } from '@testing-library/react';
import { toast } from 'sonner';
import { describe, expect, it, vi } from 'vitest';
import { XModeError, XModeErrorProvider } from '../../../src';
import type { XModeErrorProviderSettings } from '../../../src/components/XModeErrorProvider/XModeErrorProvider';
import type { XModeQueryClientOptions } from '../../../src/react/createXModeQueryClient';
import { keepTestTime, testUser } from '../testClock';
import { createKit } from '../xmodeTestKit';

function renderPage(props: XModeErrorProviderSettings = {}, options: Omit<XModeQueryClientOptions, 'api'> = {}) {
  const kit = createKit(options);
  render(
    <XModeErrorProvider client={kit.queryClient} supportUrl="mailto:support@xmode.test" {...props}>
      <button type="button">First</button>
      <button type="button">Last in the page</button>
    </XModeErrorProvider>,
  );
  return kit;
}

const serverError = () => new XModeError({ code: 'internal_error', status: 500, requestId: 'req_t1' });
/** A final error whose surface is the toast (nothing on the page shows it), as the caches' onError reports it. */
const failInBackground = (kit: ReturnType<typeof createKit>, error = serverError(), queryHash?: string) =>
  act(() => kit.errors.report({ error, surface: 'toast', retry: () => undefined, queryHash }));
const toastEl = () => document.querySelector<HTMLElement>('[data-sonner-toast]');
const toastEls = () => document.querySelectorAll<HTMLElement>('[data-sonner-toast]');

// Toasts come and go on sonner's timers: every test here keeps its own time.
keepTestTime();

describe('the module toaster', () => {
  it('should let Tab leave a toast for good (no loop back to where focus came from)', async () => {
    const user = testUser();
    const kit = renderPage();
    failInBackground(kit);
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
    const kit = renderPage();
    failInBackground(kit);
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
    const kit = renderPage();
    failInBackground(kit);
    await waitFor(() => expect(toastEl()).not.toBeNull());
    expect(screen.getByRole('region', { name: /^Notifications/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close notification' })).toBeInTheDocument();
  });

  it('should keep toasts at the bottom (clear of the header and navigation) and scroll the focused element clear of them (#25)', async () => {
    renderPage();
    const rect = (top: number, height: number) => ({ top, height, bottom: top + height, left: 0, right: 100, width: 100, x: 0, y: top, toJSON: () => ({}) });
    const toastTop = window.innerHeight - 100;
    const low = screen.getByRole('button', { name: 'Last in the page' });
    vi.spyOn(low, 'getBoundingClientRect').mockReturnValue(rect(window.innerHeight - 40, 30));
    // jsdom lays nothing out: the toast rests 80 px high at `toastTop` (in its fixed list at the viewport's top edge).
    const isToast = (element: HTMLElement) => element.hasAttribute('data-sonner-toast');
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return isToast(this) ? 80 : 0;
    });
    vi.spyOn(HTMLElement.prototype, 'offsetTop', 'get').mockImplementation(function (this: HTMLElement) {
      return isToast(this) ? toastTop : 0;
    });
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
    act(() => low.focus());
    act(() => void toast('Saved'));
    // Covered: the page scrolls the focused element up, above the toasts, with room to spare.
    await waitFor(() => expect(scrollBy).toHaveBeenCalledWith({ top: window.innerHeight - 10 + 32 - toastTop }));
    expect(document.querySelector('[data-sonner-toaster]')).toHaveAttribute('data-y-position', 'bottom');
    // The page ends with room as tall as the toasts, so even its last element can scroll clear.
    expect(document.querySelector<HTMLElement>('.xm-toaster-root')?.style.height).toBe(`${100 + 32}px`);
    // Focus high in the page: nothing to scroll, and the toasts stay where they are.
    scrollBy.mockClear();
    act(() => screen.getByRole('button', { name: 'First' }).focus());
    expect(scrollBy).not.toHaveBeenCalled();
    expect(document.querySelector('[data-sonner-toaster]')).toHaveAttribute('data-y-position', 'bottom');
  });

  it('should keep an error toast until it is closed (its actions have no time limit)', async () => {
    const kit = renderPage();
    failInBackground(kit);
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(toastEl()).not.toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(toastEl()).not.toBeNull();
    expect(toastEl()).toHaveTextContent('Copy request ID');
  });

  it('should show one toast per cause, counting the requests it ended, and take it away with its cause', async () => {
    const kit = renderPage();
    for (let query = 0; query < 3; query += 1) failInBackground(kit, serverError(), `["balance",${query}]`);
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(toastEls()).toHaveLength(1);
    expect(toastEl()).toHaveTextContent('Something went wrong on our side');
    expect(toastEl()).toHaveTextContent('3 requests failed.');
    // Every query it ended succeeds again: the cause is over, its toast goes.
    act(() => ['["balance",0]', '["balance",1]'].forEach((hash) => kit.errors.succeeded(hash)));
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(toastEls()).toHaveLength(1);
    act(() => kit.errors.succeeded('["balance",2]'));
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(kit.errors.list()).toEqual([]);
    expect(toastEl()).toHaveAttribute('data-removed', 'true');
    // Then sonner's exit animation (its own timers) takes it out of the page.
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(toastEl()).toBeNull();
  });

  it('should show a new failure of a cause whose toast was just taken away (#20)', async () => {
    const kit = renderPage();
    failInBackground(kit, serverError(), '["balance",0]');
    await act(() => vi.advanceTimersByTimeAsync(50));
    act(() => kit.errors.succeeded('["balance",0]'));
    await act(() => vi.advanceTimersByTimeAsync(10));
    // The same cause again, while the old toast is still leaving.
    failInBackground(kit, serverError(), '["balance",1]');
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(kit.errors.list()).toEqual([expect.objectContaining({ surface: 'toast', count: 1 })]);
    expect(toastEls()).toHaveLength(1);
    expect(toastEl()).not.toHaveAttribute('data-removed', 'true');
  });

  it('should end the cause of a toast the user closed (a new failure shows it again)', async () => {
    const user = testUser();
    const kit = renderPage();
    failInBackground(kit);
    await waitFor(() => expect(toastEl()).not.toBeNull());
    await user.click(screen.getByRole('button', { name: 'Close notification' }));
    await waitFor(() => expect(kit.errors.list()).toEqual([]));
    failInBackground(kit);
    await waitFor(() => expect(kit.errors.list()).toHaveLength(1));
    expect(kit.errors.list()[0]).toMatchObject({ surface: 'toast', count: 1 });
  });

  it.each([
    ['the query client', {}, { toasts: false }],
    ['the provider', { toasts: false }, {}],
  ] as const)('should show no toast when %s sets toasts: false', async (_where, props, options) => {
    const kit = renderPage(props, options);
    failInBackground(kit);
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(toastEl()).toBeNull();
    expect(kit.errors.list()).toHaveLength(1);
  });

  it("should leave a cause that another surface states to that surface: no toast", async () => {
    const kit = renderPage();
    act(() => kit.errors.report({ error: serverError(), surface: 'inline' }));
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(toastEl()).toBeNull();
  });
});
