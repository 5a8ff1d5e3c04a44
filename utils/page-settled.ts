// When a content script may start its work: after the page's own `load` (reading earlier would
// delay it, and the page is still changing), or after LOAD_WAIT_MS when `load` is slow in coming
// (an image that never finishes), and then in an idle moment of the main thread.
const LOAD_WAIT_MS = 3000;
/** The most an idle moment is waited for, on a page that is never idle. */
const IDLE_WAIT_MS = 1000;

/** Resolves when the page has loaded (or waited long enough) and the main thread is idle. */
export const pageSettled = (win: Window): Promise<void> =>
  new Promise((done) => {
    const idle = (): unknown =>
      win.requestIdleCallback ? win.requestIdleCallback(() => done(), { timeout: IDLE_WAIT_MS }) : done();
    if (win.document.readyState === 'complete') return void idle();
    const timer = win.setTimeout(idle, LOAD_WAIT_MS);
    win.addEventListener('load', () => (win.clearTimeout(timer), idle()), { once: true });
  });
