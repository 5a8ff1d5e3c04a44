// Single-page boards (LinkedIn, Indeed, the ATS boards) swap postings without reloading. We
// re-scan only when what identifies the posting changes, never for every DOM mutation.

/** A cheap summary of the posting the page shows: address, heading, structured data. `headings`:
 * where the posting's heading is, tried in order — the board's own title selectors (Workday's is an
 * h2 under a site header that may have an h1), then `h1`. The adapters' selectors are valid CSS
 * (test/unit/page/sites/meta.test.ts). */
export function pageFingerprint(doc: Document, href: string, headings: readonly string[] = ['h1']): string {
  const heading = headings.reduce<Element | null>((found, s) => found ?? doc.querySelector(s), null);
  const h1 = heading?.textContent?.trim().slice(0, 200) ?? '';
  const ld = Array.from(doc.querySelectorAll('script[type*="ld+json" i]'))
    .map((s) => (s.textContent ?? '').length)
    .join(',');
  return [href, doc.title, h1, ld].join('\u0001');
}

export interface WatchOptions {
  doc: Document;
  /** The current address (a function, so tests can drive it). */
  href: () => string;
  /** Called when the posting may have changed; its signal aborts when a newer change comes. */
  onChange: (signal: AbortSignal) => void;
  /** Stops watching. */
  signal: AbortSignal;
  /** Where the posting's heading is, tried in order: the site's own title selectors, then `h1`. */
  headings?: readonly string[];
  /** Ignore mutations inside this node (our own UI). */
  ignore?: () => Node | null | undefined;
  debounceMs?: number;
  /** The page as it is now was read already (the user asked before the watch began): only a
   * later change is reported. */
  quietStart?: boolean;
}

/** Watch DOM changes (debounced) and report each real change of posting once. */
export function watchPage(opts: WatchOptions): { check: () => void } {
  const { doc, signal, debounceMs = 400, headings } = opts;
  let last = opts.quietStart ? pageFingerprint(doc, opts.href(), headings) : '';
  let current: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = (): void => {
    timer = undefined;
    if (signal.aborted) return;
    const now = pageFingerprint(doc, opts.href(), headings);
    if (now === last) return;
    last = now;
    current?.abort();
    current = new AbortController();
    opts.onChange(current.signal);
  };
  const schedule = (): void => {
    if (timer === undefined) timer = setTimeout(check, debounceMs);
  };
  const observer = new MutationObserver((records) => {
    const own = opts.ignore?.();
    if (own && records.every((r) => own.contains(r.target))) return;
    schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    current?.abort();
  });
  check();
  return { check: schedule };
}
