/**
 * Resolves in the frame that paints what was just rendered: React commits in
 * a task of its own, and the next animation frame after it is the one that
 * shows it (its paint follows at once). Or soon in any case: a hidden frame
 * has no animation frames.
 */
export function inPaintingFrame(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timeout = window.setTimeout(resolve, fallbackMs);
    window.setTimeout(() =>
      requestAnimationFrame(() => {
        window.clearTimeout(timeout);
        resolve();
      }),
    );
  });
}
