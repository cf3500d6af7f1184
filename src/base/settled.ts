/**
 * Resolves once `work` settles, either way, and never rejects: for warming
 * something up (fetching a chunk, starting a client) whose failure its real
 * caller meets and handles when it asks again.
 */
export function settled(work: Promise<unknown>): Promise<void> {
  return work.then(
    () => undefined,
    () => undefined,
  );
}
