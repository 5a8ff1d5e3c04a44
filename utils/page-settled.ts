// When a content script may start its work: after the page's own `load` (reading earlier would
// delay it, and the page is still changing), or after a wait when `load` is slow in coming (an
// image that never finishes), and then in an idle moment of the main thread.

/** How long a page that has not loaded yet may keep us waiting. */
const LOAD_WAIT_MS = 3000;
/** The most an idle moment may be waited for, on a page that is never idle. */
const IDLE_WAIT_MS = 1000;

function loaded(win: Window, signal: AbortSignal): Promise<void> {
  if (win.document.readyState === 'complete') return Promise.resolve();
  return new Promise((done) => {
    const timer = win.setTimeout(done, LOAD_WAIT_MS);
    const onLoad = (): void => {
      win.clearTimeout(timer);
      done();
    };
    win.addEventListener('load', onLoad, { once: true, signal });
  });
}

function idle(win: Window): Promise<void> {
  return new Promise((done) => {
    if ('requestIdleCallback' in win) win.requestIdleCallback(() => done(), { timeout: IDLE_WAIT_MS });
    else (win as Window).setTimeout(done, 0);
  });
}

/** Resolves when the page has loaded (or waited long enough) and the main thread is idle. */
export async function pageSettled(win: Window, signal: AbortSignal): Promise<void> {
  await loaded(win, signal);
  await idle(win);
}
