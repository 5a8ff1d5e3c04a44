import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageFingerprint, watchPage, type WatchOptions } from '../../../lib/page/page-watch';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

function setPosting(title: string): void {
  const h1 = document.createElement('h1');
  h1.textContent = title;
  document.body.replaceChildren(h1);
}

/** A watch on a first posting (fake timers); `go` moves to another posting and lets it settle. */
function watching(extra: Partial<WatchOptions> = {}) {
  vi.useFakeTimers();
  setPosting('First role');
  let href = 'https://x.example/jobs/1';
  const signals: AbortSignal[] = [];
  const stop = new AbortController();
  const watcher = watchPage({
    doc: document,
    href: () => href,
    onChange: (s) => signals.push(s),
    signal: stop.signal,
    debounceMs: 50,
    ...extra,
  });
  const go = async (to: string, title: string): Promise<void> => {
    href = to;
    setPosting(title);
    await vi.advanceTimersByTimeAsync(100);
  };
  return { signals, stop, watcher, go };
}

describe('watchPage', () => {
  it('reports the first posting, each real change once, and nothing for unrelated mutations', async () => {
    const { signals, stop, go } = watching();
    expect(signals).toHaveLength(1);

    document.body.append(document.createElement('div')); // noise: a widget, an ad
    await vi.advanceTimersByTimeAsync(100);
    expect(signals).toHaveLength(1);

    await go('https://x.example/jobs/2', 'Second role');
    expect(signals).toHaveLength(2);
    expect(signals[0]?.aborted).toBe(true); // the old posting's work is cancelled
    expect(signals[1]?.aborted).toBe(false);

    stop.abort();
    setPosting('Third role');
    await vi.advanceTimersByTimeAsync(100);
    expect(signals).toHaveLength(2);
    expect(signals[1]?.aborted).toBe(true);
  });

  it('started quietly (the page was read on request already), reports only a later change', async () => {
    const { signals, stop, watcher, go } = watching({ quietStart: true });
    watcher.check();
    await vi.advanceTimersByTimeAsync(100);
    expect(signals).toHaveLength(0);
    await go('https://x.example/jobs/2', 'Second role');
    expect(signals).toHaveLength(1);
    stop.abort();
  });

  it('ignores mutations inside its own UI', async () => {
    vi.useFakeTimers();
    setPosting('Role');
    const own = document.createElement('div');
    document.body.append(own);
    const onChange = vi.fn();
    watchPage({
      doc: document,
      href: () => 'https://x.example/',
      onChange,
      signal: new AbortController().signal,
      ignore: () => own,
      debounceMs: 10,
    });
    own.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(50);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('pageFingerprint', () => {
  it('changes with the heading and the address, not with other content', () => {
    setPosting('Role');
    const a = pageFingerprint(document, 'https://x.example/1');
    document.body.append(document.createElement('p'));
    expect(pageFingerprint(document, 'https://x.example/1')).toBe(a);
    expect(pageFingerprint(document, 'https://x.example/2')).not.toBe(a);
  });

  it("changes when a board's own heading appears, where the board names it, under a site's own h1", () => {
    const site = document.createElement('h1');
    site.textContent = 'Careers at Maple Ridge';
    document.body.replaceChildren(site);
    const a = pageFingerprint(document, 'https://x.example/1', [
      '[data-automation-id="jobPostingHeader"]',
      'h1',
    ]);
    const withoutSite = pageFingerprint(document, 'https://x.example/1');
    const h2 = document.createElement('h2');
    h2.dataset['automationId'] = 'jobPostingHeader';
    h2.textContent = 'Senior Data Engineer';
    document.body.append(h2);
    expect(
      pageFingerprint(document, 'https://x.example/1', ['[data-automation-id="jobPostingHeader"]', 'h1']),
    ).not.toBe(a);
    expect(pageFingerprint(document, 'https://x.example/1')).toBe(withoutSite); // the h1 is unchanged
  });
});
