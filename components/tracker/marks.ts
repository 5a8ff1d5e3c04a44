import { useLayoutEffect } from 'preact/hooks';

// Performance marks for the bench (bench/chromium-tracker.ts reads them): the first rows drawn (the
// newest page, read first), the whole list drawn, and each sort or filter from the input to the frame that shows its rows. A measure costs a few
// microseconds, so they stay in the product.

export type Measured = 'first-rows' | 'all-rows' | 'sort' | 'filter';
/** Measured once, from the page's start (its navigation). */
type FromStart = 'first-rows' | 'all-rows';
const FROM_START: ReadonlySet<Measured> = new Set<FromStart>(['first-rows', 'all-rows']);

/** Started and not drawn yet. */
const pending = new Map<Measured, number>();
const done = new Set<Measured>();

/** A sort or filter was asked for now. */
export function startMeasure(what: Exclude<Measured, FromStart>): void {
  pending.set(what, performance.now());
}

function startOf(what: Measured): number | undefined {
  if (!FROM_START.has(what)) {
    const start = pending.get(what);
    pending.delete(what);
    return start;
  }
  if (done.has(what)) return undefined;
  done.add(what);
  return 0;
}

/** When this render's rows are laid out, at the next frame, ends what was started. */
export function useMeasureEnd(what: Measured, ready: boolean, deps: readonly unknown[]): void {
  useLayoutEffect(() => {
    const start = ready ? startOf(what) : undefined;
    if (start === undefined) return;
    requestAnimationFrame(() => performance.measure(`jobsight:${what}`, { start, end: performance.now() }));
  }, deps);
}
