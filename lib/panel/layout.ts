// Where the in-page panel sits: one of the viewport's corners, the user's choice unless that
// corner would cover one of the page's own Apply buttons, controls or overlays.

export const CORNERS = ['bottom-right', 'bottom-left', 'top-left', 'top-right'] as const;
export type Corner = (typeof CORNERS)[number];

export interface Size {
  width: number;
  height: number;
}

export interface Box extends Size {
  left: number;
  top: number;
}

/** Distance from the viewport's edges, in CSS px (the panel's stylesheet uses the same). */
export const EDGE = 16;

/** The corner after `c`, going round the viewport (the panel's "Move" button). */
export function nextCorner(c: Corner): Corner {
  return CORNERS[(CORNERS.indexOf(c) + 1) % CORNERS.length] as Corner;
}

/** The box a panel of `size` fills at corner `c`. */
export function cornerBox(c: Corner, size: Size, viewport: Size, edge = EDGE): Box {
  const left = c.endsWith('left') ? edge : viewport.width - edge - size.width;
  const top = c.startsWith('top') ? edge : viewport.height - edge - size.height;
  return { left, top, ...size };
}

/** Area two boxes share. */
export function overlap(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The corner to show the panel in: `preferred` when it covers none of `avoid` (the page's Apply
 * buttons), else the next free corner round the viewport, else the one covering the least.
 */
export function pickCorner(preferred: Corner, size: Size, viewport: Size, avoid: readonly Box[]): Corner {
  const start = CORNERS.indexOf(preferred);
  let best = preferred;
  let least = Infinity;
  for (let i = 0; i < CORNERS.length; i++) {
    const c = CORNERS[(start + i) % CORNERS.length] as Corner;
    const box = cornerBox(c, size, viewport);
    const covered = avoid.reduce((sum, b) => sum + overlap(box, b), 0);
    if (covered === 0) return c;
    if (covered < least) [best, least] = [c, covered];
  }
  return best;
}
