import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearEvidence, HIGHLIGHT_NAME, showEvidence } from '../../../lib/panel/highlight';

const SENTENCE = 'This role is open to candidates in Canada.';

function page(): Document {
  document.body.innerHTML = `<h1>Engineer</h1><p id="where">This role is open to <b>candidates</b> in Canada.</p>`;
  return document;
}

/** A CSS Custom Highlight API like the browsers', on the test window. */
function fakeHighlights() {
  const registry = new Map<string, { ranges: Range[] }>();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal(
    'Highlight',
    class {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    },
  );
  return registry;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.adoptedStyleSheets = [];
});

describe('showEvidence', () => {
  it('marks the sentence, adopts one ::highlight style, scrolls, and leaves the DOM alone', () => {
    const doc = page();
    const registry = fakeHighlights();
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    const before = doc.documentElement.outerHTML;

    expect(showEvidence(doc, SENTENCE)).toBe('highlighted');
    expect(registry.get(HIGHLIGHT_NAME)?.ranges[0]?.toString()).toBe(
      'This role is open to candidates in Canada',
    );
    expect(scroll).toHaveBeenCalledOnce();
    expect(scroll.mock.contexts[0]).toBe(doc.getElementById('where'));
    expect(showEvidence(doc, SENTENCE)).toBe('highlighted');
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    expect(doc.documentElement.outerHTML).toBe(before);

    // The page swapped its own sheets: ours comes back on the next click.
    doc.adoptedStyleSheets = [];
    showEvidence(doc, SENTENCE);
    expect(doc.adoptedStyleSheets).toHaveLength(1);

    clearEvidence(doc);
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
  });

  it('still scrolls where the browser has no highlight API', () => {
    const doc = page();
    vi.stubGlobal('CSS', {});
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    expect(showEvidence(doc, SENTENCE)).toBe('scrolled');
    expect(scroll).toHaveBeenCalledOnce();
  });

  it('says so when the page does not show the sentence', () => {
    const doc = page();
    fakeHighlights();
    expect(showEvidence(doc, 'Open to applicants in Mexico only.')).toBe('not-found');
  });
});
