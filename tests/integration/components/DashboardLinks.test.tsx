import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BlockedAccountScreen, TopUpBanner, UnauthorizedState } from '../../../src';
import { createKit } from '../xmodeTestKit';
import { renderInProvider } from './componentKit';

describe("the module's links with the provider's navigate", () => {
  it('should move client-side on a plain click on a dashboard path', async () => {
    const navigate = vi.fn();
    renderInProvider(<UnauthorizedState apiKeysHref="/settings" focusHeading={false} prefixDocumentTitle={false} />, createKit(), { navigate });
    const link = screen.getByRole('link', { name: /API keys/i });
    expect(link).toHaveAttribute('href', '/settings');
    await userEvent.click(link);
    expect(navigate).toHaveBeenCalledWith('/settings');
  });

  it('should leave mailto, other origins and modified clicks to the browser', () => {
    const navigate = vi.fn();
    renderInProvider(
      <BlockedAccountScreen supportUrl="mailto:support@xmode.example" billingHref="/billing" settingsHref="https://other.example/settings" focusHeading={false} prefixDocumentTitle={false} />,
      createKit(),
      { navigate },
    );
    fireEvent.click(screen.getByRole('link', { name: 'Contact support' }));
    fireEvent.click(screen.getByRole('link', { name: /settings/i }));
    fireEvent.click(screen.getByRole('link', { name: /billing/i }), { ctrlKey: true });
    expect(navigate).not.toHaveBeenCalled();
  });

  it('should let a host onClick that prevents default win, and work without navigate', async () => {
    const kit = createKit();
    kit.account.setState({ paymentRequired: true });
    const navigate = vi.fn();
    const onTopUpClick = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    renderInProvider(<TopUpBanner topUpHref="/billing" onTopUpClick={onTopUpClick} />, kit, { navigate });
    await userEvent.click(screen.getByRole('link', { name: 'Top up' }));
    expect(onTopUpClick).toHaveBeenCalledTimes(1);
    expect(navigate).not.toHaveBeenCalled();
  });
});
