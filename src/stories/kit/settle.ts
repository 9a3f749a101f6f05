/**
 * Resolves when every running CSS animation and transition of the document has finished
 * (sonner's toasts slide and fade in), so the axe check that follows `play` measures
 * colour contrast at full opacity.
 */
export async function settleAnimations(root: Document = document): Promise<void> {
  await Promise.allSettled(root.getAnimations().map((animation) => animation.finished));
}
