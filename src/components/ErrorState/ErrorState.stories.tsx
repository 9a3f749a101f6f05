import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { XModeError, errorCatalog, type XModeErrorCode } from '../../core';
import { isXModeErrorCode } from '../../core/codes';
import { defaultMessages } from '../../react';
import { describeError } from '../../react/messages';
import { ErrorState } from './ErrorState';

const meta = {
  title: 'Components/ErrorState',
  component: ErrorState,
  tags: ['autodocs'],
  // An Error instance: no JSON editor for it (the docs page would have to clone it).
  argTypes: { error: { control: false } },
  args: { error: null, onRetry: fn() },
} satisfies Meta<typeof ErrorState>;

export default meta;
type Story = StoryObj<typeof meta>;

const codes = Object.keys(errorCatalog).filter(isXModeErrorCode);

function errorFor(code: XModeErrorCode): XModeError {
  const fields = code === 'validation_error' ? { prompt: 'must be at most 1000 characters' } : undefined;
  // A 429 whose own Retry-After is still running, so its notice counts.
  const retryAfterMs = code === 'rate_limited' ? 60_000 : undefined;
  return new XModeError({ code, status: errorCatalog[code].status, requestId: `req_story_${code}`, fields, retryAfterMs });
}

/**
 * The drop-in picks a state for every code an `XModeError` can carry, each under its
 * own heading (level 3 under this page's level-2 code names).
 */
export const EveryCode: Story = {
  // payment_required's line shows while the banner it points at would.
  parameters: { xmode: { account: { paymentRequired: true } } },
  render: (args) => (
    // `errorFor` runs per render: a fresh `receivedAt` for the 429's countdown.
    <div className="xm-story-stack">
      {codes.map((code) => (
        <section key={code} aria-labelledby={`code-${code}`}>
          <h2 id={`code-${code}`}>{code}</h2>
          <ErrorState {...args} error={errorFor(code)} headingLevel={3} />
        </section>
      ))}
    </div>
  ),
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    for (const code of codes) {
      const section = within(canvas.getByRole('region', { name: code }));
      // A banner states these two; in place, one quiet line points at it (#25).
      const text = code === 'payment_required' || code === 'network_error' ? defaultMessages.components.seeBanner : describeError(defaultMessages, { code }).title;
      await expect(section.getAllByText(text).length).toBeGreaterThan(0);
    }
  },
};

/** No error, or an aborted request: nothing. */
export const NoError: Story = {
  args: { error: new XModeError({ code: 'network_error', status: 0, aborted: true }) },
  async play({ canvasElement }) {
    await expect(canvasElement.querySelector('.xm-state, .xm-notice')).toBeNull();
  },
};
