import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { XModeError } from '../../core';
import { RateLimitNotice } from './RateLimitNotice';

/** The notice itself. */
const notice = (canvasElement: HTMLElement) => within(canvasElement.querySelector<HTMLElement>('.xm-notice') ?? canvasElement);

const meta = {
  title: 'Components/RateLimitNotice',
  component: RateLimitNotice,
  tags: ['autodocs'],
  // An Error instance: no JSON editor for it (the docs page would have to clone it).
  argTypes: { error: { control: false } },
} satisfies Meta<typeof RateLimitNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The API client's 429 window is open for 3 s: the number ticks once a second, hidden
 * from screen readers; the live region says the start, then the end. No "Try again"
 * meanwhile.
 */
export const CountingDown: Story = {
  parameters: { xmode: { cooldownMs: 3000 } },
  args: { onRetry: fn() },
  async play({ canvasElement }) {
    const canvas = notice(canvasElement);
    const live = canvas.getByRole('status');
    await waitFor(() => expect(live).toHaveTextContent('Too many requests'));
    await expect(await canvas.findByText(/^Trying again in [123] s$/)).toHaveAttribute('aria-hidden', 'true');
    await waitFor(() => expect(canvas.getByText('Trying again in 1 s')).toBeInTheDocument(), { timeout: 3000 });
    await expect(canvas.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await waitFor(() => expect(live).toHaveTextContent('You can send requests again.'), { timeout: 3000 });
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  },
};

/** A window of 10 minutes: said as a time ("Try again after 14:05"), not a 600-second count. */
export const LongWindow: Story = {
  parameters: { xmode: { cooldownMs: 10 * 60_000 } },
  async play({ canvasElement }) {
    await expect(await notice(canvasElement).findByText(/^Try again after \d{1,2}:\d{2}/)).toBeInTheDocument();
  },
};

/**
 * A request that failed instead of waiting, counted by its own `Retry-After` (1 s);
 * once it is over, "Try again" sends it by hand.
 */
export const OwnRetryAfterThenTryAgain: Story = {
  args: { onRetry: fn() },
  render: function Render(args) {
    const [error] = useState(() => new XModeError({ code: 'rate_limited', status: 429, retryAfterMs: 1000 }));
    return <RateLimitNotice {...args} error={error} />;
  },
  async play({ args, canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Try again' }, { timeout: 3000 }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};
