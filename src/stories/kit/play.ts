import { expect, waitFor } from 'storybook/test';

/**
 * Resolves when every running CSS animation and transition of the document has finished
 * (sonner's toasts slide and fade in), so the axe check that follows `play` measures
 * colour contrast at full opacity.
 */
export async function settleAnimations(root: Document = document): Promise<void> {
  await Promise.allSettled(root.getAnimations().map((animation) => animation.finished));
}

/** The sonner toast whose text contains `title`, once it is shown. */
export async function findToast(title: string, timeout = 3000): Promise<HTMLElement> {
  return waitFor(
    () => {
      const toast = [...document.querySelectorAll<HTMLElement>('[data-sonner-toast]')].find((node) =>
        node.textContent?.includes(title),
      );
      expect(toast, `a toast saying "${title}"`).toBeDefined();
      return toast as HTMLElement;
    },
    { timeout },
  );
}
