import type { Box } from './layout';

// What the panel must not cover besides Apply: what the page keeps on screen over its content, and
// the controls in it (cookie banners and their Dismiss, chat launchers, sticky headers and footers).
// A link in the text scrolls away from under the panel; these do not. Found by hit-testing a few
// points of each corner the panel could take, so only what is really there, on top, and
// hit-testable counts: nothing is computed for the rest of the page.

const STAYS_ON_SCREEN = new Set(['fixed', 'sticky']);
/** Where in each box to look, as fractions of its width and height. */
const SAMPLES = [0.1, 0.5, 0.9];

const boxOf = (r: DOMRect): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });

/** The fixed or sticky element `el` belongs to, if any (a banner, a launcher, a sticky bar). */
function overlayOf(el: Element): Element | null {
  const win = el.ownerDocument.defaultView;
  for (let at: Element | null = el; at && at !== el.ownerDocument.body; at = at.parentElement)
    if (win && STAYS_ON_SCREEN.has(win.getComputedStyle(at).position)) return at;
  return null;
}

/** The topmost page element at (x, y), skipping the panel itself. */
function pageElementAt(doc: Document, x: number, y: number, own: Element): Element | null {
  for (const el of doc.elementsFromPoint(x, y)) {
    if (el === own || own.contains(el)) continue;
    return el === doc.documentElement || el === doc.body ? null : el;
  }
  return null;
}

/** The boxes of the page's overlays found inside `boxes`; `own` is the panel's host. */
export function obstaclesIn(doc: Document, boxes: readonly Box[], own: Element): Box[] {
  if (typeof doc.elementsFromPoint !== 'function') return [];
  const found = new Set<Element>();
  for (const box of boxes)
    for (const fx of SAMPLES)
      for (const fy of SAMPLES) {
        const el = pageElementAt(doc, box.left + box.width * fx, box.top + box.height * fy, own);
        const hit = el && overlayOf(el);
        if (hit) found.add(hit);
      }
  return [...found].map((el) => boxOf(el.getBoundingClientRect())).filter((b) => b.width && b.height);
}
