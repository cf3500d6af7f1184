import type { FrameLocator } from '@playwright/test';

/** A short word the layout broke across lines, or the page's sideways overflow. */
export interface LayoutFault {
  kind: 'brokenWord' | 'overflow';
  text: string;
}

/**
 * What in an app frame is laid out too narrow: every visible word that is
 * split over two lines though it is short ("Ope/n"), and a
 * page wider than the frame (it scrolls sideways). Words wider than half the
 * frame (a long address) may break; that is wrapping doing its job.
 */
export async function layoutFaults(frame: FrameLocator, within = 'body'): Promise<LayoutFault[]> {
  return frame
    .locator(within)
    .first()
    .evaluate((root) => {
      const faults: { kind: 'brokenWord' | 'overflow'; text: string }[] = [];
      const doc = root.ownerDocument;
      const page = doc.documentElement;
      if (page.scrollWidth > page.clientWidth + 1) faults.push({ kind: 'overflow', text: `${page.scrollWidth} > ${page.clientWidth}` });
      const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        // Text hidden from the eye; aria-hidden text is still on screen, so it counts.
        if (!parent || parent.closest('[hidden], script, style')) continue;
        const box = parent.getBoundingClientRect();
        // Visually hidden text (for screen readers) sits in a 1 px clip: not on screen.
        if (box.width <= 1 || box.height <= 1) continue;
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = doc.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          const lines = new Set(rects.map((r) => Math.round(r.top)));
          if (lines.size < 2) continue;
          // A word narrower than half the frame fits any sensible box: breaking it is the layout's fault.
          const width = rects.reduce((sum, r) => sum + r.width, 0);
          if (width < page.clientWidth / 2) faults.push({ kind: 'brokenWord', text: match[0] });
        }
      }
      return faults;
    });
}
