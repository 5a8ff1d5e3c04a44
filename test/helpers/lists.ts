import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { matchesPattern } from '../../lib/access/match-pattern';
import { readCards } from '../../lib/page/cards';
import { ADAPTERS } from '../../lib/page/sites';
import type { CardParts, ListParts } from '../../lib/page/sites/types';

// Each board's list part on list pages of ours in the board's structure (test/fixtures/lists/<id>.html,
// other layouts <id>--<layout>.html), the first line `<!-- url: … -->` saying where it is served.

export function listPage(name: string): { doc: Document; url: URL } {
  const html = readFileSync(join(import.meta.dirname, '../fixtures/lists', name), 'utf8');
  const url = new URL(/<!-- url: (\S+) -->/.exec(html)?.[1] ?? 'about:blank');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // links resolve against the page's address, as they do where the page is served
  const base = doc.createElement('base');
  base.href = url.href;
  if (!doc.querySelector('base')) doc.head.prepend(base);
  return { doc, url };
}

export interface CardExpectation extends CardParts {
  id: string;
  /** The text of the element the chip goes after. */
  anchor: string | null | undefined;
}

/** The cards the board's list part reads on the page, as plain values. */
export function cardsOf(list: ListParts, name: string): CardExpectation[] {
  const { doc } = listPage(name);
  return readCards(doc, list).map((c) => ({ id: c.id, ...c.parts, anchor: c.anchor?.textContent }));
}

/** The list page is one the board's list script runs on (and not one of its postings), and its
 * cards are `want`. */
export function itReadsListFixture(list: ListParts, name: string, want: CardExpectation[]): void {
  it(`${name}: is a list page of ${list.site}`, () => {
    const { url } = listPage(name);
    expect(list.matches.some((m) => matchesPattern(m, url))).toBe(true);
    expect(ADAPTERS.find((a) => a.id === list.site)?.isPosting(url)).toBe(false);
  });
  it(`${name}: every card, with what it says`, () => {
    expect(cardsOf(list, name)).toEqual(want);
  });
}
