import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { applyButtons } from '../../lib/panel/apply-buttons';
import { CORNERS, cornerBox, pickCorner, type Box, type Corner } from '../../lib/panel/layout';
import { obstaclesIn } from '../../lib/panel/obstacles';

const boxOf = (r: DOMRect): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });

/**
 * The corner the panel actually uses: the preferred one unless it would cover one of the page's
 * Apply buttons, controls or overlays (cookie banner, chat launcher, sticky bar). Re-checked on
 * scroll and resize, since controls move with the page and banners come and go.
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
      const size = { width, height };
      const own = el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).host : el;
      const corners = CORNERS.map((c) => cornerBox(c, size, viewport));
      const avoid = [
        ...buttons.map((b) => boxOf(b.getBoundingClientRect())).filter((b) => b.width && b.height),
        ...obstaclesIn(doc, corners, own),
      ];
      setCorner(pickCorner(preferred, size, viewport, avoid));
    };
    const schedule = (): void => {
      frameId ||= win.requestAnimationFrame(place);
    };
    const refind = (): void => {
      buttons = applyButtons(doc);
      schedule();
    };
    place();
    // A cookie banner or a chat launcher often arrives after the page: added to <body> itself.
    const arrivals = new MutationObserver(schedule);
    for (const root of [doc.body, doc.documentElement]) if (root) arrivals.observe(root, { childList: true });
    // Capture: scrolling inside a page's own scroll container moves its Apply button too.
    win.addEventListener('scroll', schedule, { capture: true, passive: true });
    win.addEventListener('resize', refind);
    return () => {
      win.removeEventListener('scroll', schedule, { capture: true });
      win.removeEventListener('resize', refind);
      arrivals.disconnect();
      if (frameId) win.cancelAnimationFrame(frameId);
    };
  }, [frame, preferred, shape]);
  return corner;
}
