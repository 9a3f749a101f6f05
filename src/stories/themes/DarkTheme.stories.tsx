import type { Meta, StoryObj } from '@storybook/react-vite';
import { useQuery } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ConflictFlow, GenerationImages, RateLimitNotice, ServerErrorState } from '../../components';
import { XModeError } from '../../core';
import { xmodeError } from '../../mocks/errors';
import { buildImages } from '../../mocks/images';
import { findToast, settleAnimations } from '../kit/play';
import { SHORT_WAITS, useStoryApi } from '../kit/storyKit';
import { GenerationForm } from '../kit/GenerationForm';
import { StoryPage } from '../kit/pages';

const meta = {
  title: 'Themes/Dark',
  // The toolbar's Theme switch, pinned: `data-theme="dark"` on the story's canvas.
  globals: { theme: 'dark' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** The canvas really is dark, so axe's contrast check measures the dark tokens. */
async function expectDarkCanvas(canvasElement: HTMLElement) {
  const story = canvasElement.querySelector<HTMLElement>('.xm-story');
  await expect(story).toHaveAttribute('data-theme', 'dark');
  await expect(getComputedStyle(story as HTMLElement).backgroundColor).toBe('rgb(21, 23, 27)');
}

/** The page-wide states at once: top-up banner, offline banner, the 429 countdown. */
export const Banners: Story = {
  parameters: { xmode: { account: { paymentRequired: true, offline: true }, cooldownMs: 30_000 } },
  render: () => (
    <StoryPage balance={0}>
      <RateLimitNotice />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    await expectDarkCanvas(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: 'Top up' })).toBeInTheDocument();
    // Offline reaches the banner through the provider's effect, after the first paint: wait
    // for it as a user would (the test run's act() used to flush it before the play began).
    await expect((await canvas.findAllByText("You're offline")).length).toBeGreaterThan(0);
  },
};

/** Inline states: a server error with its request id, a grid with a missing image, a failed conflict step. */
export const InlineStates: Story = {
  render: () => (
    <StoryPage>
      <ServerErrorState
        error={new XModeError({ code: 'internal_error', status: 500, requestId: 'req_dark_000001' })}
        onRetry={() => undefined}
      />
      <GenerationImages prompt="A lighthouse at dusk, watercolor" status="succeeded" images={buildImages('gen_dark', 3, 1)} onRerun={() => undefined} />
      <ConflictFlow
        email="busy@example.com"
        headingLevel={2}
        block={() => Promise.reject(new XModeError({ code: 'provider_error', status: 500 }))}
        countRunning={() => Promise.resolve(0)}
        remove={() => Promise.resolve(undefined)}
      />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    await expectDarkCanvas(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Block and delete when their generations finish' }));
    await expect(await canvas.findByText("We couldn't block busy@example.com.")).toBeInTheDocument();
    await expect(canvas.getByRole('img', { name: "Image 2 of 3 couldn't be saved" })).toBeInTheDocument();
  },
};

/** A form after a failed submit: summary, field messages, invalid inputs. */
export const FormErrors: Story = {
  parameters: { xmode: { scenarios: ['validation_error'] } },
  render: () => (
    <StoryPage>
      <GenerationForm />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    await expectDarkCanvas(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Generate images' }));
    await waitFor(() => expect(canvas.getByRole('alert', { name: 'There is a problem' })).toHaveFocus());
  },
};

/** A balance shown from a first load; "Refresh balance" refetches it behind the figure. */
function BalanceWithRefresh() {
  const api = useStoryApi();
  const balance = useQuery({ queryKey: ['story', 'balance'], queryFn: ({ signal }) => api.get<{ xTokens: number }>('/v1/balance', { signal }) });
  return (
    <section aria-label="Balance">
      <p>{balance.data ? `Balance: ${balance.data.xTokens} xTokens` : 'Loading the balance…'}</p>
      <button type="button" className="xm-button" onClick={() => void balance.refetch()}>
        Refresh balance
      </button>
    </section>
  );
}

let balanceReads = 0;

/**
 * A refresh fails behind data already on screen (nothing else shows it): the one case
 * with a toast. It is themed from the tokens like the page (dark here), its actions keep
 * AA contrast and a visible focus ring, and it stays until closed.
 */
export const BackgroundFailureToast: Story = {
  parameters: {
    xmode: { ...SHORT_WAITS },
    msw: {
      handlers: [
        http.get('*/v1/balance', () => {
          balanceReads += 1;
          return balanceReads === 1 ? HttpResponse.json({ xTokens: 40 }) : xmodeError('internal_error', { headers: { 'x-request-id': 'req_dark_toast' } });
        }),
      ],
    },
  },
  beforeEach() {
    balanceReads = 0;
  },
  render: () => (
    <StoryPage>
      <BalanceWithRefresh />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    await expectDarkCanvas(canvasElement);
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Balance: 40 xTokens')).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Refresh balance' }));
    const toast = await findToast('Something went wrong on our side');
    await expect(within(toast).getByRole('button', { name: 'Copy request ID' })).toBeInTheDocument();
    await expect(getComputedStyle(toast).backgroundColor).toBe('rgb(31, 34, 40)');
    await expect(canvas.getByText('Balance: 40 xTokens')).toBeInTheDocument();
    await settleAnimations();
  },
};
