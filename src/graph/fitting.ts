/** The UTF-8 bytes a text takes: what Teams counts a message in. */
export const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

/**
 * The most of `count` items that fit, or -1 when not even none does. Found by
 * halving: `fits(n)` must hold for every n below one that holds (a message
 * grows with every item kept).
 */
export function mostThatFit(count: number, fits: (kept: number) => boolean): number {
  if (fits(count)) return count;
  let best = -1;
  for (let low = 0, high = count - 1; low <= high;) {
    const mid = (low + high) >> 1;
    if (fits(mid)) {
      best = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return best;
}
