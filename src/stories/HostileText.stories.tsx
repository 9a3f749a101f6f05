import type { Meta, StoryObj } from '@storybook/react-vite';
import { http } from 'msw';
import { expect, userEvent, within } from 'storybook/test';
import { ConflictFlow, NotFoundState } from '../components';
import { xmodeError } from '../mocks/errors';
import { EndUserList, GenerationList, StoryPage } from './kit/pages';
import { GenerationForm } from './kit/GenerationForm';
import { SHORT_WAITS } from './kit/storyKit';

const meta = {
  title: 'Hostile text',
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** True when `text` holds characters that reorder or hide text (C0 controls but tab and newlines, DEL, bidi embeddings and isolates). */
function hasBidiOrControl(text: string | null): boolean {
  return [...(text ?? '')].some((character) => {
    const code = character.codePointAt(0) ?? 0;
    const control = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
    return control || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
  });
}

/** Nothing overflows sideways: long server text wraps inside the page. */
async function expectNoHorizontalOverflow(canvasElement: HTMLElement) {
  const page = canvasElement.querySelector<HTMLElement>('.xm-story-page') as HTMLElement;
  const wide = [...page.querySelectorAll<HTMLElement>('*')]
    .filter((node) => node.getBoundingClientRect().right > page.getBoundingClientRect().right + 1)
    .map((node) => `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}`);
  await expect(wide, 'elements wider than the page').toEqual([]);
}

/**
 * The form gets a hostile 400 (mock scenario `hostile_fields`): `__proto__` and
 * `constructor` field keys, HTML and bidi overrides in messages, a leaked API key, a
 * 10 KiB message and 500 fields. The summary stays bounded and plain text, the key is
 * redacted, nothing is injected.
 */
export const HostileValidationBody: Story = {
  parameters: { xmode: { scenarios: ['hostile_fields'] } },
  render: () => (
    <StoryPage>
      <GenerationForm />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Generate images' }));
    const summary = await canvas.findByRole('alert', { name: 'There is a problem' });
    await expect(within(summary).getAllByRole('listitem').length).toBeLessThanOrEqual(21);
    await expect(summary).toHaveTextContent(/And \d+ more problems\./);
    await expect(canvasElement.querySelector('main script, main img[src="x"], main a[href^="javascript:"]')).toBeNull();
    await expect(canvasElement.textContent).not.toContain('LeakedKey0123456789abcd');
    await expect(hasBidiOrControl(canvasElement.textContent)).toBe(false);
    await expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await expectNoHorizontalOverflow(canvasElement);
  },
};

const LONG_WORD = 'Supercalifragilistic'.repeat(60);
const LONG_MESSAGE = `${'This key may not read end-users. '.repeat(40)}${LONG_WORD} <b>bold?</b> \u202Egnp.exe\u202C`;

/**
 * A 403 whose message is 2 KB with a 1,200-character word, HTML and a bidi override: the
 * detail is capped, literal, cleaned, and wraps.
 */
export const LongServerMessage: Story = {
  parameters: {
    msw: { handlers: [http.get('*/v1/end-users', () => xmodeError('forbidden', { message: LONG_MESSAGE }))] },
  },
  render: () => (
    <StoryPage>
      <EndUserList />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const detail = await canvas.findByText(/^Details from xMode:/);
    await expect((detail.textContent ?? '').length).toBeLessThanOrEqual(600);
    await expect(detail.querySelector('b')).toBeNull();
    await expect(hasBidiOrControl(detail.textContent)).toBe(false);
    await expectNoHorizontalOverflow(canvasElement);
  },
};

/** A 500 whose request id is absurdly long: shown (it is what support needs), wrapped. */
export const LongRequestId: Story = {
  parameters: {
    xmode: { ...SHORT_WAITS },
    msw: {
      handlers: [
        http.get('*/v1/generations', () => xmodeError('internal_error', { headers: { 'x-request-id': `req_${'9'.repeat(400)}` } })),
      ],
    },
  },
  render: () => (
    <StoryPage>
      <GenerationList />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Something went wrong on our side' }, { timeout: 3000 })).toBeInTheDocument();
    await expectNoHorizontalOverflow(canvasElement);
  },
};

/** A host id of 5,000 characters in a not-found heading: capped, and the heading wraps. */
export const LongResourceId: Story = {
  render: () => (
    <StoryPage>
      <NotFoundState resource={{ kind: 'endUser', id: `${'a'.repeat(4990)}@example.com` }} focusHeading={false} />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    const heading = await within(canvasElement).findByRole('heading', { level: 2 });
    await expect((heading.textContent ?? '').length).toBeLessThan(300);
    await expectNoHorizontalOverflow(canvasElement);
  },
};

/** An end-user email of 254 characters (the longest valid address) in the conflict flow. */
export const LongEmailInConflict: Story = {
  render: () => (
    <StoryPage>
      <ConflictFlow
        email={`${'b'.repeat(64)}@${'c'.repeat(63)}.${'d'.repeat(63)}.${'e'.repeat(57)}.com`}
        block={() => Promise.resolve(undefined)}
        countRunning={() => Promise.resolve(0)}
        remove={() => Promise.resolve(undefined)}
      />
    </StoryPage>
  ),
  async play({ canvasElement }) {
    await expectNoHorizontalOverflow(canvasElement);
  },
};
