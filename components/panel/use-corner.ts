import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { applyButtons } from '../../lib/panel/apply-buttons';
import { pickCorner, type Box, type Corner } from '../../lib/panel/layout';

const boxOf = (r: DOMRect): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });

/**
 * The corner the panel actually uses: the preferred one unless it would cover one of the page's
 * Apply buttons. Re-checked on scroll and resize, since sticky Apply bars move with the page.
 * `shape` changes whenever the panel's size may: first drawn, folded, opened.
 */
export function useCorner(frame: RefObject<HTMLElement | null>, preferred: Corner, shape: unknown): Corner {
  const [corner, setCorner] = useState(preferred);
  useLayoutEffect(() => {
    const doc = frame.current?.ownerDocument;
    const win = doc?.defaultView;
    if (!doc || !win) return undefined;
    let buttons = applyButtons(doc);
    let frameId = 0;
    const place = (): void => {
      frameId = 0;
      const el = frame.current;
      if (!el) return;
      const { width, height } = el.getBoundingClientRect();
      const viewport = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
      const avoid = buttons.map((b) => boxOf(b.getBoundingClientRect())).filter((b) => b.width && b.height);
      setCorner(pickCorner(preferred, { width, height }, viewport, avoid));
    };
    const schedule = (): void => {
      frameId ||= win.requestAnimationFrame(place);
    };
    const refind = (): void => {
      buttons = applyButtons(doc);
      schedule();
    };
    place();
    // Capture: scrolling inside a page's own scroll container moves its Apply button too.
    win.addEventListener('scroll', schedule, { capture: true, passive: true });
    win.addEventListener('resize', refind);
    return () => {
      win.removeEventListener('scroll', schedule, { capture: true });
      win.removeEventListener('resize', refind);
      if (frameId) win.cancelAnimationFrame(frameId);
    };
  }, [frame, preferred, shape]);
  return corner;
}
