import { describe, expect, it, vi } from 'vitest';
import { postingInView, scrollToPosting } from '../../../lib/panel/posting-headings';

const NAMES = ['Platform Engineer', 'Customer Support Specialist', 'Sales Engineer'];

/** A page of three postings whose headings sit at `tops` (px from the window's top). */
function pageAt(tops: number[]): Document {
  const doc = document.implementation.createHTMLDocument('careers');
  NAMES.forEach((name, i) => {
    const h = doc.createElement('h2');
    h.textContent = `  ${name} `;
    h.getBoundingClientRect = () => ({ top: tops[i] ?? 0 }) as DOMRect;
    doc.body.append(h, Object.assign(doc.createElement('p'), { textContent: 'About the role.' }));
  });
  return doc;
}

describe('the posting in view', () => {
  it.each([
    // the page's top: no heading has passed the middle yet, so the first posting stands
    [[500, 1500, 2500], null],
    [[120, 1100, 2100], 'Platform Engineer'],
    // scrolled into the second posting
    [[-900, 150, 1150], 'Customer Support Specialist'],
    [[-2000, -1000, 300], 'Sales Engineer'],
  ])('headings at %o: %s', (tops, want) => {
    expect(postingInView(pageAt(tops), NAMES, 800)).toBe(want);
  });

  it('reads only the headings named', () => {
    expect(postingInView(pageAt([0, 0, 0]), ['Designer'], 800)).toBeNull();
  });

  it("scrolls the picked posting's heading to the top", () => {
    const doc = pageAt([0, 0, 0]);
    const second = doc.querySelectorAll('h2')[1] as HTMLElement;
    second.scrollIntoView = vi.fn();
    scrollToPosting(doc, 'Customer Support Specialist');
    expect(second.scrollIntoView).toHaveBeenCalledWith({ block: 'start' });
  });
});
