import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { GenerationImages, ImagePlaceholder, parseGenerationImages, type GenerationImage } from '../../../src/components';
import type { GenerationImagesProps } from '../../../src/components/GenerationImages';
import { xmodeError } from '../../../src/testing';
import { expectNoAxeViolations } from '../axe';
import { createKit, renderWithKit } from '../xmodeTestKit';

const PROMPT = 'A red fox in fresh snow, morning light';
// The marker exactly as the API sends it (xmode-error-ui/testing).
const { error: STORAGE_FAILED } = xmodeError('storage_failed').body.images[1];
const url = (n: number) => `https://cdn.xmode.test/img_${n}.png`;
const stored = (n: number): GenerationImage => ({ id: `img_${n}`, url: url(n) });
const failed = (n: number, error: GenerationImage['error'] = STORAGE_FAILED): GenerationImage => ({ id: `img_${n}`, error });

function renderImages(props: Partial<GenerationImagesProps> = {}) {
  const onRerun = vi.fn();
  const kit = createKit();
  const view = renderWithKit(<GenerationImages prompt={PROMPT} status="succeeded" images={[]} onRerun={onRerun} {...props} />, kit);
  return { ...view, kit, onRerun, user: userEvent.setup() };
}

/** The grid's cells in order, each described as a screen reader lists images. */
function cells() {
  const grid = screen.getByRole('list', { name: 'Generated images' });
  return within(grid)
    .getAllByRole('listitem')
    .map((cell) => within(cell).getByRole('img').getAttribute('alt') ?? within(cell).getByRole('img').getAttribute('aria-label'));
}

describe('GenerationImages', () => {
  it('should show good images, one placeholder with Re-run and a plain summary instead of the status when 1 of 4 failed (#25)', async () => {
    const { container, onRerun, user } = renderImages({ images: [stored(1), stored(2), failed(3), stored(4)] });

    expect(cells()).toEqual([
      `Image 1 of 4 for the prompt: ${PROMPT}`,
      `Image 2 of 4 for the prompt: ${PROMPT}`,
      "Image 3 of 4 couldn't be saved",
      `Image 4 of 4 for the prompt: ${PROMPT}`,
    ]);
    expect(screen.getByRole('img', { name: `Image 1 of 4 for the prompt: ${PROMPT}` })).toHaveAttribute('src', url(1));
    expect(screen.getByText("This image couldn't be saved")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent("1 of 4 images couldn't be saved"));
    // "Status: Succeeded" above it would contradict it; the server's words are for logs (#25).
    expect(screen.queryByText(/^Status:/)).not.toBeInTheDocument();
    expect(screen.queryByText(/storage layer|details from xMode/)).not.toBeInTheDocument();
    // Every cell is the same fixed cell, image or not.
    expect(container.querySelectorAll('.xm-generation-images__cell')).toHaveLength(4);

    // Keyboard: the only focusable thing in the grid is the re-run action.
    await user.tab();
    const rerun = screen.getByRole('button', { name: 'Re-run prompt for image 3' });
    expect(rerun).toHaveFocus();
    expect(rerun).toHaveTextContent('Re-run prompt');
    await user.keyboard('{Enter}');
    // Only the missing image is to be made again.
    expect(onRerun).toHaveBeenCalledWith(PROMPT, { count: 1 });

    await expectNoAxeViolations(container);
  });

  it('should never raise a toast for a missing image', async () => {
    vi.useFakeTimers();
    const { kit } = renderImages({ images: [stored(1), failed(2)] });
    // Long enough for anything deferred (second commits, sonner's timers) to have shown up.
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(document.querySelector('[data-sonner-toast]')).toBeNull();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(kit.errors.list()).toEqual([]);
    vi.useRealTimers();
  });

  it('should show a placeholder with its own Re-run for every image when all failed', async () => {
    const { container, onRerun, user } = renderImages({ images: [failed(1), failed(2), failed(3), failed(4)] });
    expect(cells()).toEqual([1, 2, 3, 4].map((n) => `Image ${n} of 4 couldn't be saved`));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent("4 of 4 images couldn't be saved"));
    expect(screen.getAllByRole('button', { name: /^Re-run prompt for image \d$/ })).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: 'Re-run prompt for image 4' }));
    expect(onRerun).toHaveBeenCalledWith(PROMPT, { count: 4 });
    expect(screen.queryByRole('img', { name: /for the prompt/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/^Status:/)).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('should say "The image couldn\'t be saved" for a generation of one', () => {
    renderImages({ images: [failed(1)] });
    expect(screen.getByRole('status')).toHaveTextContent("The image couldn't be saved");
  });

  it('should show a generic placeholder for an unknown per-image error code', async () => {
    const { container } = renderImages({ images: [stored(1), failed(2, { code: 'quota_melted', message: 'Something new' })] });
    expect(screen.getByRole('img', { name: "Image 2 of 2 isn't available" })).toHaveTextContent("This image isn't available");
    expect(screen.queryByText(/Something new/)).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent("1 of 2 images aren't available");
    expect(screen.getByRole('button', { name: 'Re-run prompt for image 2' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('should swap an image whose URL fails to load for a placeholder of the same cell', async () => {
    const { container } = renderImages({ images: [stored(1), stored(2)] });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    const cell = screen.getAllByRole('listitem')[0] as HTMLElement;
    fireEvent.error(within(cell).getByRole('img'));

    expect(within(cell).getByRole('img', { name: "Image 1 of 2 couldn't be loaded" })).toHaveTextContent("This image couldn't be loaded");
    expect(screen.getByRole('status')).toHaveTextContent("1 of 2 images aren't available");
    expect(screen.getByRole('button', { name: 'Re-run prompt for image 1' })).toBeInTheDocument();
    expect(container.querySelectorAll('.xm-generation-images__cell')).toHaveLength(2);
    await expectNoAxeViolations(container);
  });

  it('should say there are no images when the list is empty, and keep the status', async () => {
    const { container } = renderImages({ images: [] });
    expect(screen.getByText('No images in this generation')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.getByText('Status: Succeeded')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('should trust the error marker over the URL when an image has both', async () => {
    const { container } = renderImages({ images: [stored(1), { id: 'img_2', url: url(2), error: STORAGE_FAILED }] });
    expect(screen.getByRole('img', { name: "Image 2 of 2 couldn't be saved" })).toBeInTheDocument();
    expect(container.querySelector(`img[src="${url(2)}"]`)).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('should turn hostile or broken entries into generic placeholders, showing none of the server text', async () => {
    const html = '<img src=x onerror=alert(1)><b>bold</b>';
    const images = [
      null,
      'img_1',
      { id: 7 },
      { id: 'js', url: 'javascript:alert(1)' },
      { id: 'html', url: 'data:text/html,<script>alert(1)</script>' },
      { id: 'str', error: 'boom' },
      { id: 'long', error: { code: 'storage_failed', message: html.repeat(50) } },
      { id: 'ok', url: 'data:image/svg+xml,%3Csvg%2F%3E' },
    ] as unknown as GenerationImage[];
    const { container } = renderImages({ images });

    expect(cells().slice(0, 6)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Image ${n} of 8 isn't available`));
    expect(cells()[6]).toBe("Image 7 of 8 couldn't be saved");
    expect(screen.getByRole('img', { name: `Image 8 of 8 for the prompt: ${PROMPT}` })).toBeInTheDocument();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelectorAll('img[src]')).toHaveLength(1);
    expect(container).not.toHaveTextContent(/onerror|bold/);
    expect(screen.getByRole('status')).toHaveTextContent("7 of 8 images aren't available");
    await expectNoAxeViolations(container);
  });

  it('should offer no Re-run without onRerun, and use overridden copy', () => {
    renderWithKit(<GenerationImages prompt={PROMPT} images={[failed(1), stored(2)]} />, createKit(), {
      messages: { images: { storageFailedLabel: "Bild {index} von {total} konnte nicht gespeichert werden" } },
    });
    expect(screen.getByRole('img', { name: 'Bild 1 von 2 konnte nicht gespeichert werden' })).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByText(/^Status:/)).not.toBeInTheDocument();
  });

  it('should set every cell to the given aspect ratio', () => {
    renderImages({ images: [stored(1)], aspectRatio: '16 / 9' });
    expect(screen.getByRole('list').style.getPropertyValue('--xm-image-aspect-ratio')).toBe('16 / 9');
  });
});

describe('ImagePlaceholder', () => {
  it('should be one named image plus a keyboard-reachable Re-run', async () => {
    const onRerun = vi.fn();
    const { container } = renderWithKit(<ImagePlaceholder index={3} total={4} reason="storage_failed" onRerun={onRerun} />, createKit());
    expect(screen.getByRole('img', { name: "Image 3 of 4 couldn't be saved" })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Re-run prompt for image 3' }));
    expect(onRerun).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });
});

describe('parseGenerationImages', () => {
  it.each<[string, unknown, ReturnType<typeof parseGenerationImages>]>([
    ['not an array', { images: [] }, []],
    ['a stored image', [stored(1)], [{ kind: 'image', key: '0:img_1', url: url(1) }]],
    ['a relative URL', [{ id: 'a', url: '/files/a.png' }], [{ kind: 'image', key: '0:a', url: '/files/a.png' }]],
    ['an error without a code', [{ id: 'a', error: {} }], [{ kind: 'missing', key: '0:a', reason: 'unavailable' }]],
    ['an entry with neither', [{ id: 'a' }], [{ kind: 'missing', key: '0:a', reason: 'unavailable' }]],
  ])('should parse %s', (_name, input, expected) => {
    expect(parseGenerationImages(input)).toEqual(expected);
  });
});
