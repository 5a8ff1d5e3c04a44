import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageFingerprint, watchPage } from '../../../lib/page/page-watch';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

function setPosting(title: string): void {
  const h1 = document.createElement('h1');
  h1.textContent = title;
  document.body.replaceChildren(h1);
}

describe('watchPage', () => {
  it('reports the first posting, each real change once, and nothing for unrelated mutations', async () => {
    vi.useFakeTimers();
    setPosting('First role');
    let href = 'https://x.example/jobs/1';
    const signals: AbortSignal[] = [];
    const stop = new AbortController();
    watchPage({
      doc: document,
      href: () => href,
      onChange: (s) => signals.push(s),
      signal: stop.signal,
      debounceMs: 50,
    });
    expect(signals).toHaveLength(1);

    document.body.append(document.createElement('div')); // noise: a widget, an ad
    await vi.advanceTimersByTimeAsync(100);
    expect(signals).toHaveLength(1);

    href = 'https://x.example/jobs/2';
    setPosting('Second role');
    await vi.advanceTimersByTimeAsync(100);
    expect(signals).toHaveLength(2);
    expect(signals[0]?.aborted).toBe(true); // the old posting's work is cancelled
    expect(signals[1]?.aborted).toBe(false);

    stop.abort();
    setPosting('Third role');
    await vi.advanceTimersByTimeAsync(100);
    expect(signals).toHaveLength(2);
    expect(signals[1]?.aborted).toBe(true);
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
});
