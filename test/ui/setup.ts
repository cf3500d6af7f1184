import '@testing-library/jest-dom';

// jsdom has no layout. Fluent's focus manager (tabster) treats an element
// with no offsetParent, or a zero-sized <body>, as invisible and so would
// never move focus into a dialog or back to its trigger. These two stubs
// give it the minimum it checks: laid-out elements and a body with a size.

/** The side panel's width: the layout the UI is built for. */
const PANEL_WIDTH_PX = 320;
const PANEL_HEIGHT_PX = 800;

Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
  configurable: true,
  get(this: HTMLElement): Element | null {
    if (!this.isConnected) return null;
    const hidden = (el: HTMLElement) => el.hidden || window.getComputedStyle(el).display === 'none';
    if (hidden(this)) return null;
    for (let el = this.parentElement; el; el = el.parentElement) {
      if (hidden(el)) return null;
    }
    return this.parentElement;
  },
});

HTMLBodyElement.prototype.getBoundingClientRect = function getBoundingClientRect(): DOMRect {
  return DOMRect.fromRect({ x: 0, y: 0, width: PANEL_WIDTH_PX, height: PANEL_HEIGHT_PX });
};

// jsdom has no ResizeObserver either; Fluent's MessageBar watches its own
// width to decide whether its actions wrap. Without layout nothing resizes,
// so an observer that never reports is the faithful stand-in.
window.ResizeObserver ??= class ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

// jsdom knows <dialog> but not its modal methods: open and close it as a
// browser would (the `open` attribute and the close event); the real modal
// behaviour (inert page, Escape, focus return) is covered in the browser tests.
if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
