/**
 * Runs `load` on first use and hands every caller the same result. A failed
 * load is forgotten, so the next caller tries again: a page that stays open
 * through a passing fault should not stay signed out until it is reloaded.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
