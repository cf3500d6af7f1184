import type { FrameLocator } from '@playwright/test';

/** Text a box cuts off (overflow hidden or an ellipsis), or two texts drawn over each other. */
export interface TextFitFault {
  kind: 'clipped' | 'overlap';
  text: string;
}

/**
 * What in an app frame does not fit its text: an element that hides part of
 * its own text (its content is wider or taller than its box, and its overflow
 * is not visible), and two visible texts or controls whose boxes overlap
 * (neither inside the other). For pseudo-localised pages, where every text is
 * about 40% longer than English.
 */
export async function textFitFaults(frame: FrameLocator): Promise<TextFitFault[]> {
  return frame.locator('body').evaluate((body) => {
    const faults: { kind: 'clipped' | 'overlap'; text: string }[] = [];
    const doc = body.ownerDocument;
    const view = doc.defaultView!;
    // At the top, the pinned stage bar is where the flow puts it, over nothing.
    view.scrollTo(0, 0);
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = view.getComputedStyle(el);
      // Visually hidden text sits in a 1 px clip; invisible inputs lie over their drawn stand-ins.
      // A closed <details> (nested ones too) keeps its content in the page, laid out where
      // the eye cannot see it: only its own summary shows.
      let folded = false;
      for (let d = el.closest('details:not([open])'); d && !folded; d = d.parentElement?.closest('details:not([open])') ?? null) {
        const summary = d.querySelector(':scope > summary');
        folded = !(summary && summary.contains(el));
      }
      return (
        box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && Number(style.opacity) > 0 && !el.closest('[hidden]') && !folded
      );
    };
    const ownText = (el: Element) =>
      [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
    const texts = [...body.querySelectorAll('*')].filter((el) => ownText(el) !== '' && shown(el) && !el.closest('script, style'));
    for (const el of texts) {
      const style = view.getComputedStyle(el);
      const hidesX = style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1;
      const hidesY = style.overflowY !== 'visible' && style.overflowY !== 'auto' && el.scrollHeight > el.clientHeight + 1;
      if (hidesX || hidesY || (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1)) {
        faults.push({ kind: 'clipped', text: ownText(el).slice(0, 60) });
      }
    }
    // Texts (the line boxes of their own words: a label's padding may lie under its
    // neighbour's without hiding a letter) and controls (their drawn box).
    const textBoxes = (el: Element) =>
      [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')
        .flatMap((n) => {
          const range = doc.createRange();
          range.selectNodeContents(n);
          return [...range.getClientRects()];
        });
    const controls = [...body.querySelectorAll('button, input:not([type="radio"]):not([type="checkbox"]), select, textarea')].filter(shown);
    const rects = [
      ...texts.map((el) => ({ el, boxes: textBoxes(el) })),
      ...controls.filter((el) => !texts.includes(el)).map((el) => ({ el, boxes: [el.getBoundingClientRect()] })),
    ].map(({ el, boxes }) => ({ el, boxes: boxes.filter((r) => r.width > 1 && r.height > 1) }));
    // A pixel of shared border is layout, not an overlap.
    const meet = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i]!;
        const b = rects[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        if (a.boxes.some((ra) => b.boxes.some((rb) => meet(ra, rb)))) {
          faults.push({
            kind: 'overlap',
            text: `${(a.el.textContent ?? a.el.tagName).trim().slice(0, 40)} × ${(b.el.textContent ?? b.el.tagName).trim().slice(0, 40)}`,
          });
        }
      }
    }
    return faults;
  });
}
