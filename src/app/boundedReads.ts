/**
 * Runs `read` over every item, at most `bound` at a time, and gives the
 * results in the items' order. Never rejects: a read that throws gives
 * `failed(error, item)` in its place, and the others go on.
 */
export async function readBounded<T, R>(
  items: readonly T[],
  bound: number,
  read: (item: T) => Promise<R>,
  failed: (error: unknown, item: T) => R,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        results[i] = await read(items[i]!);
      } catch (error) {
        results[i] = failed(error, items[i]!);
      }
    }
  };
  const workers = Math.max(1, Math.min(Math.floor(bound) || 1, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}
