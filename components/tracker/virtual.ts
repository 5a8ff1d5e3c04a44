// Which rows of a long list to draw: those in view and a few either side, so 5 000 rows cost what
// 40 do. Every row has the same height, so this is arithmetic, not measurement.

export interface RowWindow {
  /** First row drawn. */
  start: number;
  /** One past the last row drawn. */
  end: number;
}

export function rowWindow(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  count: number,
  overscan = 8,
): RowWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const shown = Math.ceil(Math.max(0, viewport) / rowHeight) + 1;
  return {
    start: Math.max(0, Math.min(first - overscan, count)),
    end: Math.min(count, first + shown + overscan),
  };
}

/** The scroll position that brings row `index` into view, moving as little as possible. */
export function scrollToShow(index: number, scrollTop: number, viewport: number, rowHeight: number): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewport) return top + rowHeight - viewport;
  return scrollTop;
}
