import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ConflictFlow, GenerationImages, RateLimitNotice, ServerErrorState } from '../../components';
import { XModeError } from '../../core';
import { buildImages } from '../../mocks/images';
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
